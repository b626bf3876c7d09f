package course.kit.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The few git commands the grader needs, run in a repository's folder: never git's search upwards
 * (a student's folder inside the course checkout is not the course's repository), never a hook,
 * a pager or a prompt. Only commands that read the object store: no checkout, no work tree.
 */
final class Git {

    static final long TIME_LIMIT_SECONDS = 120;

    /** What a git command printed, and its exit code. */
    record Result(int exitCode, byte[] out, String err) {
        boolean ok() {
            return exitCode == 0;
        }

        String text() {
            return new String(out, StandardCharsets.UTF_8).strip();
        }
    }

    private final Path repository;

    Git(Path repository) {
        this.repository = repository.toAbsolutePath().normalize();
    }

    /** Whether the folder is a git repository of its own (it has {@code .git}, a folder or a file). */
    boolean isRepository() {
        return Files.exists(repository.resolve(".git"));
    }

    Result run(String... args) throws IOException {
        return run(null, args);
    }

    /** Runs {@code git ARGS} in the repository, {@code input} (if any) on its standard input. */
    Result run(byte[] input, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "safe.directory=*", "-c", "core.hooksPath=/dev/null",
                "-c", "core.fsmonitor=false", "--no-pager"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile());
        Map<String, String> env = builder.environment();
        env.put("GIT_CEILING_DIRECTORIES", repository.getParent() == null ? "" : repository.getParent().toString());
        env.put("GIT_TERMINAL_PROMPT", "0");
        env.remove("GIT_DIR");
        env.remove("GIT_WORK_TREE");
        Process git = builder.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread outReader = Thread.ofVirtual().start(() -> copy(git.getInputStream(), out));
        Thread errReader = Thread.ofVirtual().start(() -> copy(git.getErrorStream(), err));
        try (OutputStream stdin = git.getOutputStream()) {
            if (input != null) {
                stdin.write(input);
            }
        } catch (IOException e) {
            // git stopped reading: its exit code says why
        }
        try {
            if (!git.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                throw new IOException("git " + String.join(" ", args) + " did not finish within " + TIME_LIMIT_SECONDS + " s in " + repository);
            }
            outReader.join();
            errReader.join();
        } catch (InterruptedException e) {
            git.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running git in " + repository, e);
        }
        return new Result(git.exitValue(), out.toByteArray(), err.toString(StandardCharsets.UTF_8).strip());
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            // the process is gone
        }
    }

    /** The files (blobs) of a commit whose paths {@code accept} takes, read in one go: path → content. */
    Map<String, byte[]> files(String commit, java.util.function.Predicate<String> accept) throws IOException {
        Result tree = run("ls-tree", "-r", "-z", "--full-tree", commit);
        if (!tree.ok()) {
            throw new IOException("git ls-tree " + commit + " failed in " + repository + ": " + tree.err());
        }
        Map<String, String> objects = new LinkedHashMap<>();
        for (String entry : new String(tree.out(), StandardCharsets.UTF_8).split("\0")) {
            // "<mode> <type> <object>\t<path>"
            int tab = entry.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String[] head = entry.substring(0, tab).split(" ");
            String path = entry.substring(tab + 1);
            if (head.length == 3 && head[1].equals("blob") && (head[0].equals("100644") || head[0].equals("100755"))
                    && accept.test(path)) {
                objects.put(path, head[2]);
            }
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (objects.isEmpty()) {
            return files;
        }
        StringBuilder request = new StringBuilder();
        objects.values().forEach(id -> request.append(id).append('\n'));
        Result batch = run(request.toString().getBytes(StandardCharsets.UTF_8), "cat-file", "--batch");
        if (!batch.ok()) {
            throw new IOException("git cat-file failed in " + repository + ": " + batch.err());
        }
        // Each object: "<id> blob <size>\n" then <size> bytes then "\n".
        byte[] out = batch.out();
        int at = 0;
        for (String path : objects.keySet()) {
            int newline = indexOf(out, (byte) '\n', at);
            String[] header = new String(out, at, newline - at, StandardCharsets.UTF_8).split(" ");
            if (header.length != 3) {
                throw new IOException("git cat-file: unexpected answer '" + String.join(" ", header) + "' for " + path);
            }
            int size = Integer.parseInt(header[2]);
            files.put(path, java.util.Arrays.copyOfRange(out, newline + 1, newline + 1 + size));
            at = newline + 1 + size + 1;
        }
        return files;
    }

    /** The content of {@code path} in {@code commit}, if it has that file. */
    java.util.Optional<byte[]> show(String commit, String path) throws IOException {
        Result file = run("show", commit + ":" + path);
        return file.ok() ? java.util.Optional.of(file.out()) : java.util.Optional.empty();
    }

    private static int indexOf(byte[] bytes, byte b, int from) throws IOException {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new IOException("git cat-file: the answer ended early");
    }
}

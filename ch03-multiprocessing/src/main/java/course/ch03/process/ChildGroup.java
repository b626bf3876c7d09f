package course.ch03.process;

import course.kit.ChildJvm;
import course.kit.LineReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Several child JVMs of one main class, held at a start gate and then released together.
 *
 * <p>A race between processes only shows if they run at the same time, but JVMs start tens of
 * milliseconds apart. So each child calls {@link #awaitGo()} when it is ready to work: it says
 * {@code ready} on stdout and waits for {@code go} on stdin. The parent waits for every
 * {@code ready} ({@link #awaitReady()}), then says {@code go} to all ({@link #go()}).
 * It is the cross-process version of a {@code CountDownLatch}.
 */
public final class ChildGroup implements AutoCloseable {

    private final List<Process> children = new ArrayList<>();
    private final List<BufferedReader> outputs = new ArrayList<>();
    private final List<Path> errorFiles = new ArrayList<>();

    private ChildGroup() {
    }

    /** Starts {@code count} child JVMs running {@code mainClass args...}. */
    public static ChildGroup start(int count, Class<?> mainClass, String... args) throws IOException {
        ChildGroup group = new ChildGroup();
        try {
            for (int i = 0; i < count; i++) {
                Path errors = Files.createTempFile("child-stderr", ".txt");
                group.errorFiles.add(errors);
                // stderr to a file: nothing to drain, and it is there to quote if the child fails.
                Process child = ChildJvm.builder(mainClass, args).redirectError(errors.toFile()).start();
                group.children.add(child);
                group.outputs.add(new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)));
            }
        } catch (IOException | RuntimeException e) {
            group.close();
            throw e;
        }
        return group;
    }

    /**
     * In the child: say "ready", then wait for the parent's "go". Anything else on stdin (or its
     * end) is an {@link IOException} saying so; at most a few bytes of it are read.
     */
    public static void awaitGo() throws IOException {
        System.out.println("ready");
        System.out.flush();
        LineReader.Line read = new LineReader(System.in, 8).next();
        if (read != null && read.cut()) {
            throw new IOException("expected 'go' from the parent, got a longer line");
        }
        String line = read == null ? null : read.text();
        if (!"go".equals(line)) {
            throw new IOException(line == null ? "expected 'go' from the parent, got the end of stdin"
                    : "expected 'go' from the parent, got '" + line.replaceAll("\\p{Cntrl}", "?") + "'");
        }
    }

    /** In the parent: wait until every child has said "ready". */
    public void awaitReady() throws IOException {
        for (int i = 0; i < children.size(); i++) {
            String line = outputs.get(i).readLine();
            if (!"ready".equals(line)) {
                throw new IllegalStateException("child pid " + children.get(i).pid() + " said " + line
                        + " instead of 'ready'; its stderr: " + stderr(i));
            }
        }
    }

    /** In the parent: release every child at once. */
    public void go() throws IOException {
        for (Process child : children) {
            try (Writer gate = child.outputWriter(StandardCharsets.UTF_8)) {
                gate.write("go\n");
            }
        }
    }

    /** Waits for every child to end with exit code 0; returns what each printed after "ready". */
    public List<String> awaitOutputs(Duration timeout) throws IOException, InterruptedException {
        List<String> printed = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            StringBuilder text = new StringBuilder();
            String line;
            while ((line = outputs.get(i).readLine()) != null) {
                text.append(line).append('\n');
            }
            Process child = children.get(i);
            if (!child.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("child pid " + child.pid() + " did not end within " + timeout);
            }
            if (child.exitValue() != 0) {
                throw new IllegalStateException("child pid " + child.pid() + " exited with code " + child.exitValue()
                        + "; its stderr: " + stderr(i));
            }
            printed.add(text.toString());
        }
        return printed;
    }

    public List<Long> pids() {
        return children.stream().map(Process::pid).toList();
    }

    private String stderr(int child) {
        try {
            return Files.readString(errorFiles.get(child)).strip();
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** Kills whatever is still running and removes the stderr files. */
    @Override
    public void close() {
        for (Process child : children) {
            child.destroyForcibly();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (BufferedReader output : outputs) {
            try {
                output.close();
            } catch (IOException ignored) {
                // the child is gone
            }
        }
        for (Path file : errorFiles) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }
}

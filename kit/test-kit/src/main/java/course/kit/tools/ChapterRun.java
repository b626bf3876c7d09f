package course.kit.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the exercise test classes of one compiled chapter for the grader: first all of them in ONE
 * test JVM ({@link ClassRunner}), which is quick and spares a loaded machine a JVM start per class;
 * then, only when that JVM crashed (a {@code System.exit}) or hung, the class it was running
 * again in a JVM of its own, and the classes it had not reached yet in a fresh shared JVM. So a
 * class is graded "crashed" or "timed out" only for what it does alone.
 *
 * <p>Time limits count from the moment a class starts, as the JVM reports it, not from the JVM's
 * start: on a loaded machine starting a JVM can take longer than a class takes to run. A JVM that
 * does not start any class within {@link #START_LIMIT_SECONDS} is given up on.
 *
 * <p>Each class's results go to {@code WORK/target/test-events/CLASS/open-test-report.xml}, where
 * {@link TestEvents#read} finds them; the JVMs' output and progress files to {@code WORK/runs/}.
 */
final class ChapterRun {

    /** How long a JVM may take to start its first class. */
    static final long START_LIMIT_SECONDS = Long.getLong("course.grade.startLimit", 300);
    /** How long a JVM may take to end after its last class. */
    static final long END_LIMIT_SECONDS = 60;
    /** How much of a test JVM's output is kept in its output.txt. */
    static final int OUTPUT_LIMIT_BYTES = 256 * 1024;

    /** How a class was run: {@code finished} (graded from its events), or why it was not. */
    static final String FINISHED = "finished";

    private final Path work;
    private final List<String> classPath;
    private final long classLimitSeconds;
    private final double timeScale;
    private final java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();

    ChapterRun(Path work, List<String> classPath, long classLimitSeconds, double timeScale) {
        this.work = work;
        this.classPath = classPath;
        this.classLimitSeconds = classLimitSeconds;
        this.timeScale = timeScale;
    }

    static Path events(Path work) {
        return work.resolve(TestEvents.FOLDER);
    }

    /** Runs the classes; returns, for each, {@link #FINISHED} or the reason it has no results. */
    Map<String, String> run(List<String> testClasses) throws IOException, InterruptedException {
        Compile.deleteTree(events(work));
        Compile.deleteTree(work.resolve("runs"));
        Map<String, String> status = new java.util.concurrent.ConcurrentHashMap<>();
        List<java.util.concurrent.Future<?>> alone = new ArrayList<>();
        try (var solos = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            List<String> queue = new ArrayList<>(testClasses);
            while (!queue.isEmpty()) {
                Jvm jvm = runJvm(queue);
                status.putAll(jvm.finished());
                queue.removeAll(jvm.finished().keySet());
                if (jvm.culprit() != null) {
                    String culprit = jvm.culprit();
                    queue.remove(culprit);
                    // Alone, the class shows what it does by itself (a crash in a shared JVM may be a
                    // neighbour's doing); meanwhile the classes it had not reached go on in a fresh JVM.
                    alone.add(solos.submit(() -> {
                        Jvm solo = runJvm(List.of(culprit));
                        status.put(culprit, solo.finished().getOrDefault(culprit, solo.reason()));
                        return null;
                    }));
                } else if (jvm.finished().isEmpty()) {
                    // Not one class started or ended: running the same again would end the same way.
                    queue.forEach(c -> status.put(c, jvm.reason()));
                    queue.clear();
                }
            }
        }
        for (var run : alone) {   // all done: close() waited for them
            if (run.state() == java.util.concurrent.Future.State.FAILED) {
                throw new IOException("could not run a test class alone in " + work, run.exceptionNow());
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        testClasses.forEach(c -> ordered.put(c, status.getOrDefault(c, "did not run")));
        return ordered;
    }

    /** One JVM's run: the classes that ended, and the class it was running when it died or hung, with why. */
    private record Jvm(Map<String, String> finished, String culprit, String reason) {
    }

    private Jvm runJvm(List<String> classes) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(work.resolve("runs/" + runs.incrementAndGet()));
        Path progress = dir.resolve("progress.txt");
        for (String c : classes) {
            Compile.deleteTree(events(work).resolve(c));
        }
        List<String> command = new ArrayList<>(List.of(course.kit.ChildJvm.javaExecutable().toString()));
        command.addAll(course.kit.ChildJvm.inheritedFlags());
        command.addAll(TestJvm.configuredFlags());
        command.add("-Dcourse.timeScale=" + timeScale);
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, classPath), ClassRunner.class.getName(),
                progress.toString(), events(work).toString()));
        command.addAll(classes);
        Files.writeString(dir.resolve("command.txt"), String.join("\n", command) + "\n");
        Process jvm = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        jvm.getOutputStream().close();
        Thread copier = Thread.ofVirtual().start(() -> keepOutput(jvm.getInputStream(), dir.resolve("output.txt")));

        long started = System.nanoTime();
        long lastChange = started;
        int seen = 0;
        String hung = null;
        String reason = "";
        List<String> lines = List.of();
        try {
            while (!jvm.waitFor(200, TimeUnit.MILLISECONDS)) {
                lines = read(progress);
                long now = System.nanoTime();
                if (lines.size() != seen) {
                    seen = lines.size();
                    lastChange = now;
                }
                long quiet = TimeUnit.NANOSECONDS.toSeconds(now - lastChange);
                String running = running(lines);
                if (lines.isEmpty() && quiet >= START_LIMIT_SECONDS) {
                    reason = "did not run: the test JVM started no test class within " + START_LIMIT_SECONDS + " s";
                    break;
                }
                if (running != null && quiet >= classLimitSeconds) {
                    hung = running;
                    reason = "timed out: still running after " + classLimitSeconds + " s";
                    break;
                }
                if (!lines.isEmpty() && lines.getLast().equals("done") && quiet >= END_LIMIT_SECONDS) {
                    break;   // every class ended; what keeps the JVM from exiting does not matter
                }
            }
        } finally {
            jvm.descendants().forEach(ProcessHandle::destroyForcibly);
            jvm.destroyForcibly();
            jvm.waitFor(30, TimeUnit.SECONDS);
            copier.join(TimeUnit.SECONDS.toMillis(30));
        }
        lines = read(progress);
        Map<String, String> finished = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.startsWith("end ")) {
                finished.put(line.substring(4), FINISHED);
            }
        }
        for (String c : classes) {
            if (!finished.containsKey(c)) {
                // A class the JVM did not finish may have left half an event file: it has no results.
                Compile.deleteTree(events(work).resolve(c));
            }
        }
        String running = running(lines);
        if (hung == null && running != null) {
            hung = running;
            reason = jvm.isAlive() ? "timed out: the test JVM could not be stopped"
                    : "crashed: the test JVM ended with exit code " + jvm.exitValue() + " before reporting (System.exit?)";
        } else if (hung == null && reason.isEmpty() && finished.isEmpty() && !lines.contains("done")) {
            reason = "did not run: the test JVM ended with exit code " + (jvm.isAlive() ? "?" : jvm.exitValue())
                    + " before starting a test class (see " + dir.resolve("output.txt") + ")";
        }
        return new Jvm(finished, hung, reason);
    }

    /** The class started last and not ended, if any. */
    private static String running(List<String> lines) {
        String running = null;
        for (String line : lines) {
            if (line.startsWith("start ")) {
                running = line.substring(6);
            } else if (line.startsWith("end ") || line.equals("done")) {
                running = null;
            }
        }
        return running;
    }

    private static List<String> read(Path progress) throws IOException {
        if (!Files.exists(progress)) {
            return List.of();
        }
        // Only whole lines: the JVM may be writing the last one now.
        String text = Files.readString(progress, java.nio.charset.StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : text.substring(0, end).lines().toList();
    }

    /** Copies the JVM's output to a file, the first {@link #OUTPUT_LIMIT_BYTES} of it; the rest is read and dropped. */
    private static void keepOutput(InputStream in, Path file) {
        try (in; OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[8192];
            long kept = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (kept < OUTPUT_LIMIT_BYTES) {
                    int keep = (int) Math.min(n, OUTPUT_LIMIT_BYTES - kept);
                    out.write(buffer, 0, keep);
                    kept += keep;
                    if (kept == OUTPUT_LIMIT_BYTES) {
                        out.write("\n[... the rest of the output was dropped]\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            // the JVM is gone or the file cannot be written: the output is only for reading by hand
        }
    }
}

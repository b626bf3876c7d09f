package course.ch03.exercises;

import course.kit.ChildJvm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Reference solution of exercise 3.13 · ProcessPipeline. */
public final class ProcessPipeline {

    /**
     * A stage of the pipeline ended with a non-zero exit code. The message is
     * {@code "<simple class name> exited with code <code>"}, then {@code ": "} and the stripped stderr if it is not blank.
     */
    public static final class StageFailedException extends RuntimeException {
        private final Class<?> stage;
        private final int exitCode;
        private final String stderr;

        public StageFailedException(Class<?> stage, int exitCode, String stderr) {
            super(stage.getSimpleName() + " exited with code " + exitCode + (stderr.isBlank() ? "" : ": " + stderr.strip()));
            this.stage = stage;
            this.exitCode = exitCode;
            this.stderr = stderr;
        }

        public Class<?> stage() {
            return stage;
        }

        public int exitCode() {
            return exitCode;
        }

        public String stderr() {
            return stderr;
        }
    }

    private ProcessPipeline() {
    }

    public static List<String> run(List<Class<?>> stages, List<String> input, Duration timeout)
            throws IOException, InterruptedException, TimeoutException {
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(timeout, "timeout");
        stages.forEach(stage -> Objects.requireNonNull(stage, "a stage is null"));
        input.forEach(line -> Objects.requireNonNull(line, "an input line is null"));
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a pipeline needs at least one stage");
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive, not " + timeout);
        }
        long deadline = System.nanoTime() + timeout.toNanos();

        List<ProcessBuilder> builders = stages.stream().map(stage -> ChildJvm.builder(stage)).toList();
        List<Process> processes = ProcessBuilder.startPipeline(builders);
        ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
        try {
            Process first = processes.get(0);
            Process last = processes.get(processes.size() - 1);
            // Feed, drain and collect at the same time: any one of these pipes can fill up.
            io.submit(() -> feed(first, input));
            Future<List<String>> output = io.submit(() -> {
                try (BufferedReader out = last.inputReader(StandardCharsets.UTF_8)) {
                    return out.lines().toList();
                }
            });
            List<Future<String>> errors = new ArrayList<>();
            for (Process stage : processes) {
                errors.add(io.submit(() -> new String(stage.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)));
            }

            for (Process stage : processes) {
                if (!stage.waitFor(left(deadline), TimeUnit.NANOSECONDS)) {
                    throw new TimeoutException("the pipeline did not finish within " + timeout);
                }
            }
            for (int i = 0; i < processes.size(); i++) {
                if (processes.get(i).exitValue() != 0) {
                    throw new StageFailedException(stages.get(i), processes.get(i).exitValue(), get(errors.get(i), deadline, timeout));
                }
            }
            return get(output, deadline, timeout);
        } finally {
            for (Process stage : processes) {
                stage.destroyForcibly();                   // a no-op for stages that ended
            }
            for (Process stage : processes) {
                stage.waitFor();
            }
            io.shutdownNow();                              // the streams are closed now: the I/O threads end
        }
    }

    private static Void feed(Process first, List<String> input) throws IOException {
        try (Writer stdin = first.outputWriter(StandardCharsets.UTF_8)) {
            for (String line : input) {
                stdin.write(line);
                stdin.write('\n');
            }
        } catch (IOException stageStoppedReading) {
            // The first stage ended without reading everything: its exit code tells the story.
        }
        return null;
    }

    private static <T> T get(Future<T> future, long deadline, Duration timeout) throws InterruptedException, TimeoutException {
        try {
            return future.get(left(deadline), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading a stage's output failed", e.getCause());
        } catch (TimeoutException e) {
            throw new TimeoutException("the pipeline did not finish within " + timeout);
        }
    }

    private static long left(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }
}

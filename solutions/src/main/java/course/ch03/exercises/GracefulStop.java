package course.ch03.exercises;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/** Reference solution of exercise 3.7 · GracefulStop. */
public final class GracefulStop {

    /** How the process ended. */
    public enum Ending { FINISHED, TERMINATED, KILLED }

    /** How it ended, and its exit value. */
    public record Outcome(Ending ending, int exitCode) {
    }

    private GracefulStop() {
    }

    public static Outcome awaitOrStop(Process process, Duration deadline, Duration grace) throws InterruptedException {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(grace, "grace");
        if (deadline.isNegative()) {
            throw new IllegalArgumentException("deadline must not be negative: " + deadline);
        }
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative: " + grace);
        }
        if (process.waitFor(deadline.toNanos(), TimeUnit.NANOSECONDS)) {
            return new Outcome(Ending.FINISHED, process.exitValue());
        }
        process.destroy();
        if (process.waitFor(grace.toNanos(), TimeUnit.NANOSECONDS)) {
            return new Outcome(Ending.TERMINATED, process.exitValue());
        }
        process.destroyForcibly();
        return new Outcome(Ending.KILLED, process.waitFor());
    }
}

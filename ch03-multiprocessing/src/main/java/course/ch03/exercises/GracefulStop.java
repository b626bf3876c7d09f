package course.ch03.exercises;

import java.time.Duration;

/**
 * Exercise 3.7 · GracefulStop (medium) — wait for a process until a deadline, then stop it: politely first, by force if it must.
 *
 * <p><b>Task.</b> Implement {@link #awaitOrStop(Process, Duration, Duration)}:
 * <ol>
 *   <li>wait up to {@code deadline} for the process to end by itself → {@link Ending#FINISHED};</li>
 *   <li>otherwise ask it to stop (SIGTERM: a JVM then runs its shutdown hooks) and wait up to
 *       {@code grace} → {@link Ending#TERMINATED};</li>
 *   <li>otherwise stop it by force (SIGKILL) and wait until it has gone → {@link Ending#KILLED}.</li>
 * </ol>
 * Return how it ended and its exit value. Return as soon as the process has ended: never wait
 * out a deadline for a process that is already gone. {@code null} arguments →
 * {@link NullPointerException}; a negative deadline or grace → {@link IllegalArgumentException}
 * whose message names which one ({@code "deadline"} or {@code "grace"}). Zero is allowed.
 *
 * <p><b>Hint.</b> {@code Process.waitFor(long, TimeUnit)} returns whether the process ended in
 * time; {@code destroy()} is SIGTERM and {@code destroyForcibly()} SIGKILL.
 *
 * <p><b>Reread:</b> §3.7 ({@code TerminateOrKill}) and §3.6 ({@code JoinRules}).
 */
public final class GracefulStop {

    /** How the process ended. */
    public enum Ending { FINISHED, TERMINATED, KILLED }

    /** How it ended, and its exit value. */
    public record Outcome(Ending ending, int exitCode) {
    }

    private GracefulStop() {
    }

    public static Outcome awaitOrStop(Process process, Duration deadline, Duration grace) throws InterruptedException {
        throw new UnsupportedOperationException("TODO: exercise GracefulStop (§3.7) — wait, then terminate, then kill");
    }
}

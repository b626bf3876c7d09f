package course.ch04.exercises;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Exercise 4.9 · ScheduledRetry (medium) — try a task again later when it fails, without
 * blocking any thread while waiting.
 *
 * <p><b>Task.</b> Implement {@link #retry(Callable, int, Duration)} on the scheduler given to
 * the constructor ({@code null} is a {@link NullPointerException}):
 * <ul>
 *   <li>the first attempt runs on the scheduler at once (not on the caller's thread);</li>
 *   <li>when an attempt throws an {@code Exception}, the next one is scheduled {@code delay}
 *       later — the scheduler waits, no thread sleeps;</li>
 *   <li>the returned future completes with the first successful result; after
 *       {@code maxAttempts} failures it completes exceptionally with the <em>last</em> failure,
 *       the earlier failures added to it as suppressed exceptions, oldest first;</li>
 *   <li>cancelling the returned future stops further attempts, and cancels the attempt waiting in
 *       the scheduler, if any (a retry cancelled an hour before its next attempt must not stay in
 *       the scheduler for that hour);</li>
 *   <li>the returned future always completes: if the scheduler refuses the next attempt (it was
 *       shut down), it completes exceptionally with the scheduler's
 *       {@link java.util.concurrent.RejectedExecutionException}, the failures so far added to it as
 *       suppressed exceptions;</li>
 *   <li>{@code task} or {@code delay} {@code null}: {@link NullPointerException};
 *       {@code maxAttempts} below 1 or a negative {@code delay}: {@link IllegalArgumentException}
 *       naming the value.</li>
 * </ul>
 *
 * <p><b>Hint.</b> Write one attempt as a {@code Runnable} that, when the task fails, calls
 * {@code scheduler.schedule(this, delay...)} to run itself again.
 *
 * <p><b>Reread:</b> §4.9 ({@code WithScheduler}).
 */
public final class ScheduledRetry {

    public ScheduledRetry(ScheduledExecutorService scheduler) {
        throw new UnsupportedOperationException("TODO: exercise ScheduledRetry (§4.9) — implement the constructor; see the Javadoc");
    }

    public <T> CompletableFuture<T> retry(Callable<T> task, int maxAttempts, Duration delay) {
        throw new UnsupportedOperationException("TODO: exercise ScheduledRetry (§4.9) — implement retry");
    }
}

package course.ch04.exercises;

import java.util.concurrent.Callable;

/**
 * Exercise 4.8 · ConcurrencyLimiter (easy) — let at most N callers run a task at the same time.
 *
 * <p><b>Task.</b> Any number of threads share one limiter. Implement:
 * <ul>
 *   <li>{@link #ConcurrencyLimiter(int)}: a limit below 1 is an {@link IllegalArgumentException}
 *       whose message names the value;</li>
 *   <li>{@link #call(Callable)}: waits until fewer than {@code maxConcurrent} tasks are running
 *       through this limiter, then runs {@code task} on the calling thread and returns its result,
 *       or throws what it threw. The place is given back however the task ends. A thread
 *       interrupted while waiting throws {@link InterruptedException} and takes no place.
 *       A {@code null} task is a {@link NullPointerException};</li>
 *   <li>{@link #available()}: how many more tasks could start right now.</li>
 * </ul>
 *
 * <p><b>Hint.</b> This is exactly what a {@code java.util.concurrent.Semaphore} counts; give its
 * permit back in a {@code finally} block.
 *
 * <p><b>Reread:</b> §4.8 ({@code FiveAtATime}).
 */
public final class ConcurrencyLimiter {

    public ConcurrencyLimiter(int maxConcurrent) {
        throw new UnsupportedOperationException("TODO: exercise ConcurrencyLimiter (§4.8) — implement the constructor; see the Javadoc");
    }

    public <T> T call(Callable<T> task) throws Exception {
        throw new UnsupportedOperationException("TODO: exercise ConcurrencyLimiter (§4.8) — implement call");
    }

    public int available() {
        throw new UnsupportedOperationException("TODO: exercise ConcurrencyLimiter (§4.8) — implement available");
    }
}

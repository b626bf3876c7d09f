package course.ch02.exercises;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * Exercise 2.4 · PollingWaiter (medium) — wait for a result without ever blocking: poll, and do
 * something useful between polls.
 *
 * <p><b>Task.</b> Implement {@link #awaitByPolling(Future, int, Runnable)}. Ask
 * {@code future.isDone()} at most {@code maxPolls} times. Between two polls that say "not
 * done", run {@code chore} once (so with {@code maxPolls} = 3 and a future that never finishes:
 * poll, chore, poll, chore, poll — the chore runs twice). When a poll says "done", return the
 * result; if the task failed, let its {@link ExecutionException} through. If the last poll
 * still says "not done", throw a {@link TimeoutException} whose message contains the number of
 * polls, and leave the future alone (do not cancel it). Never call {@code get()} on a future
 * that is not done: that would block.
 *
 * <p>Before each chore, check whether the current thread has been interrupted; if so, throw
 * {@link InterruptedException} at once. Reject {@code maxPolls} &lt; 1 with an
 * {@link IllegalArgumentException} naming the value, and {@code null} arguments with a
 * {@link NullPointerException}.
 *
 * <p><b>Hint.</b> {@link Thread#interrupted()} tells you and clears the flag, which is what a
 * method that throws {@link InterruptedException} should do.
 *
 * <p><b>Reread:</b> §2.4 ({@code PollingIsDone}, {@code SyncBlockingGet}).
 */
public final class PollingWaiter {

    private PollingWaiter() {
    }

    public static <T> T awaitByPolling(Future<T> future, int maxPolls, Runnable chore)
            throws InterruptedException, ExecutionException, TimeoutException {
        throw new UnsupportedOperationException("TODO: exercise PollingWaiter (§2.4) — implement awaitByPolling; see its Javadoc");
    }
}

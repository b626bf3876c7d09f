package course.ch02.exercises;

import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/** Reference solution of exercise 2.4 · PollingWaiter. */
public final class PollingWaiter {

    private PollingWaiter() {
    }

    public static <T> T awaitByPolling(Future<T> future, int maxPolls, Runnable chore)
            throws InterruptedException, ExecutionException, TimeoutException {
        Objects.requireNonNull(future, "future must not be null");
        Objects.requireNonNull(chore, "chore must not be null");
        if (maxPolls < 1) {
            throw new IllegalArgumentException("maxPolls must be at least 1, was " + maxPolls);
        }
        for (int poll = 1; poll <= maxPolls; poll++) {
            if (future.isDone()) {
                return future.get();                    // done: get() returns at once
            }
            if (poll == maxPolls) {
                break;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while polling, after " + poll + " polls");
            }
            chore.run();
        }
        throw new TimeoutException("not done after " + maxPolls + " polls");
    }
}

package course.ch04.exercises;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

/**
 * Wrong version of exercise 4.8 · ConcurrencyLimiter (a test fixture, not a solution): the permit is
 * given back after the task, not in {@code finally}: a task that throws keeps its place for ever.
 */
public final class ConcurrencyLimiter {

    private final Semaphore places;

    public ConcurrencyLimiter(int maxConcurrent) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1, not " + maxConcurrent);
        }
        this.places = new Semaphore(maxConcurrent);
    }

    public <T> T call(Callable<T> task) throws Exception {
        Objects.requireNonNull(task, "task");
        places.acquire();
        T result = task.call();           // WRONG: a task that throws never gives its place back
        places.release();
        return result;
    }

    public int available() {
        return places.availablePermits();
    }
}

package course.ch04.exercises;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

/**
 * Wrong version of exercise 4.8 · ConcurrencyLimiter (a test fixture, not a solution): a failed task
 * gives its permit back in {@code catch} and again in {@code finally}. Java's Semaphore lets that pass
 * (a release needs no acquire): the limiter then lets two tasks in at once.
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
        places.acquire();                 // interruptible: a waiter that is interrupted takes no place
        try {
            return task.call();
        } catch (Exception e) {
            places.release();             // WRONG: released here ...
            throw e;
        } finally {
            places.release();             // ... and again here
        }
    }

    public int available() {
        return places.availablePermits();
    }
}

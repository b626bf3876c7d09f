package course.ch04.exercises;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

/** Reference solution of exercise 4.8 · ConcurrencyLimiter. */
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
        } finally {
            places.release();             // however the task ended
        }
    }

    public int available() {
        return places.availablePermits();
    }
}

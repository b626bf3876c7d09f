package course.ch04.exercises;

import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * Wrong version of exercise 4.8 · ConcurrencyLimiter (a test fixture, not a solution), as a student
 * writes it without a {@code Semaphore}: a count of running tasks guarded by the limiter's monitor,
 * correct except that {@link #available()} reads the count without the monitor. A thread waiting for a
 * place to come back may read it once and never again.
 */
public final class ConcurrencyLimiter {

    private final int maxConcurrent;
    private int running;                     // guarded by this (but see available())

    public ConcurrencyLimiter(int maxConcurrent) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1, not " + maxConcurrent);
        }
        this.maxConcurrent = maxConcurrent;
    }

    public <T> T call(Callable<T> task) throws Exception {
        Objects.requireNonNull(task, "task");
        synchronized (this) {
            while (running == maxConcurrent) {
                wait();                      // interruptible: throws before taking a place
            }
            running++;
        }
        try {
            return task.call();
        } finally {
            synchronized (this) {
                running--;
                notifyAll();
            }
        }
    }

    public int available() {                 // WRONG: not synchronized, no happens-before with call()
        return maxConcurrent - running;
    }
}

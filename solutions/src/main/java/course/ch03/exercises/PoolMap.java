package course.ch03.exercises;

import course.ch03.pool.ProcessPool;
import course.ch03.pool.TaskFuture;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Reference solution of exercise 3.9 · PoolMap. */
public final class PoolMap {

    private PoolMap() {
    }

    public static List<String> map(ProcessPool pool, String task, List<?> inputs, Duration timeout)
            throws InterruptedException, TimeoutException {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive, not " + timeout);
        }
        long deadline = System.nanoTime() + timeout.toNanos();

        List<TaskFuture> futures = new ArrayList<>(inputs.size());
        for (Object input : inputs) {
            futures.add(pool.submit(task, input));         // all of them first: the workers run in parallel
        }
        List<String> values = new ArrayList<>(futures.size());
        try {
            for (TaskFuture future : futures) {
                long left = deadline - System.nanoTime();
                values.add(future.get(Math.max(0, left), TimeUnit.NANOSECONDS).value());
            }
            return values;
        } catch (TimeoutException e) {
            long finished = futures.stream().filter(f -> f.isDone()).count();
            futures.forEach(f -> f.cancel(false));
            throw new TimeoutException(finished + " of " + futures.size() + " tasks finished within " + timeout);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(false));
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}

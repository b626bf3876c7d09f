package course.ch04.exercises;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** Reference solution of exercise 4.9 · ScheduledRetry. */
public final class ScheduledRetry {

    private final ScheduledExecutorService scheduler;

    public ScheduledRetry(ScheduledExecutorService scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    public <T> CompletableFuture<T> retry(Callable<T> task, int maxAttempts, Duration delay) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(delay, "delay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, not " + delay);
        }
        Attempt<T> attempt = new Attempt<>(task, maxAttempts, TimeUnit.NANOSECONDS.convert(delay));
        // Cancelling the result cancels the attempt waiting in the scheduler, if any; an attempt
        // that starts anyway sees the result done and does nothing.
        attempt.result.whenComplete((value, failure) -> {
            if (attempt.result.isCancelled()) {
                Future<?> pending = attempt.next.get();
                if (pending != null) {
                    pending.cancel(false);
                }
            }
        });
        attempt.scheduleIn(0);
        return attempt.result;
    }

    /** One retried task. Attempts run one after another, each scheduled by the one before. */
    private final class Attempt<T> implements Runnable {
        final CompletableFuture<T> result = new CompletableFuture<>();
        final AtomicReference<Future<?>> next = new AtomicReference<>();
        private final Callable<T> task;
        private final int maxAttempts;
        private final long delayNanos;
        private final List<Exception> failures = new ArrayList<>();   // scheduling orders the attempts

        Attempt(Callable<T> task, int maxAttempts, long delayNanos) {
            this.task = task;
            this.maxAttempts = maxAttempts;
            this.delayNanos = delayNanos;
        }

        void scheduleIn(long nanos) {
            try {
                Future<?> scheduled = scheduler.schedule(this, nanos, TimeUnit.NANOSECONDS);
                next.set(scheduled);
                // Cancelled between schedule() and set(): the canceller saw the attempt before this one.
                if (result.isCancelled()) {
                    scheduled.cancel(false);
                }
            } catch (RejectedExecutionException e) {
                failures.forEach(e::addSuppressed);
                result.completeExceptionally(e);          // the scheduler was shut down
            }
        }

        @Override
        public void run() {
            if (result.isDone()) {
                return;                                    // cancelled meanwhile
            }
            try {
                result.complete(task.call());
            } catch (Exception e) {
                if (failures.size() + 1 < maxAttempts) {
                    failures.add(e);
                    scheduleIn(delayNanos);
                } else {
                    failures.forEach(e::addSuppressed);
                    result.completeExceptionally(e);
                }
            } catch (Throwable error) {
                result.completeExceptionally(error);       // an Error is not retried, but never lost
            }
        }
    }
}

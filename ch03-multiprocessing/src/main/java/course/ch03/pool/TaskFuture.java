package course.ch03.pool;

import java.util.concurrent.CompletableFuture;

/**
 * The future of one pool task. Besides its result it tells when the task reached a worker,
 * and which one: {@link #started()} completes with the worker's pid as the task is sent.
 *
 * <p>Python's {@code AsyncResult} maps onto it: {@code get(timeout)} is
 * {@code get(timeout, unit)}, {@code ready()} is {@code isDone()}, {@code successful()} is
 * {@code isDone() && !isCompletedExceptionally()}, {@code wait()} is {@code join()}
 * (ignoring the outcome), and the callback of {@code apply_async} is {@code thenAccept}.
 *
 * <p>Cancelling a task that has not started yet keeps it from ever running; a task already in
 * a worker runs to its end there (the pool cannot stop code in another process, short of
 * killing the process).
 */
public final class TaskFuture extends CompletableFuture<Reply> {

    private final String description;
    private final CompletableFuture<Long> started = new CompletableFuture<>();

    TaskFuture(String description) {
        this.description = description;
    }

    /** Completes with the pid of the worker the task was sent to. */
    public CompletableFuture<Long> started() {
        return started.copy();
    }

    /** The task and its arguments, e.g. {@code square(7)}. */
    public String description() {
        return description;
    }

    void markStarted(long workerPid) {
        started.complete(workerPid);
    }

    @Override
    public String toString() {
        return description + " " + super.toString();
    }
}

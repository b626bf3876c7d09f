package course.ch03.s10_futures;

import course.ch03.pool.ProcessPool;
import course.ch03.pool.TaskFuture;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The §3.9 {@link ProcessPool} behind the {@link java.util.concurrent.ExecutorService} API:
 * Python's {@code concurrent.futures.ProcessPoolExecutor}, whose design was taken from Java's
 * executors in the first place.
 *
 * <p>An executor takes code ({@code Runnable}, {@code Callable}); code cannot travel to another
 * JVM without serialization, which this course does not use (see §3.9). So this executor
 * accepts exactly one kind of task, {@link RemoteCall} — a registry name plus arguments — and
 * rejects everything else with a {@link RejectedExecutionException} that says why. With that,
 * {@code submit}, {@code invokeAll}, {@code shutdown}, {@code awaitTermination} and
 * {@code close} (try-with-resources) work as on any executor. Not supported: {@code invokeAny}
 * and {@code ExecutorCompletionService}, which wrap each task in code of their own.
 *
 * <p>{@code shutdownNow} kills the workers at once: queued tasks are cancelled (their futures
 * say so) rather than returned, so it returns an empty list.
 *
 * <p>It is §3.10's lesson, used only by this section's demos, so it lives in the section's package;
 * the pool it wraps is library code ({@code course.ch03.pool}).
 */
public final class ProcessPoolExecutor extends AbstractExecutorService {

    private final ProcessPool pool;

    /** Starts {@code workers} worker JVMs. */
    public ProcessPoolExecutor(int workers) {
        this.pool = new ProcessPool(workers);
    }

    /** The pids of the worker processes. */
    public List<Long> pids() {
        return pool.pids();
    }

    // AbstractExecutorService turns every submit/invokeAll into newTaskFor(...) then execute(...).
    // A RemoteCall becomes a RemoteFuture; anything else is code and is refused here.
    @Override
    protected <T> RunnableFuture<T> newTaskFor(Callable<T> callable) {
        if (callable instanceof RemoteCall call) {
            @SuppressWarnings("unchecked")                 // a RemoteCall is a Callable<String>: T is String
            RunnableFuture<T> future = (RunnableFuture<T>) new RemoteFuture(call);
            return future;
        }
        throw new RejectedExecutionException(notData(callable));
    }

    @Override
    protected <T> RunnableFuture<T> newTaskFor(Runnable runnable, T value) {
        throw new RejectedExecutionException(notData(runnable));
    }

    @Override
    public void execute(Runnable command) {
        if (!(command instanceof RemoteFuture future)) {
            throw new RejectedExecutionException(notData(command));
        }
        future.sendTo(pool);
    }

    @Override
    public void shutdown() {
        pool.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        pool.terminate();
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return pool.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return pool.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return pool.awaitTermination(Duration.of(timeout, unit.toChronoUnit()));
    }

    private static String notData(Object task) {
        return "a process pool runs RemoteCall tasks only (a task name and arguments): "
                + task.getClass().getName() + " is code, and code cannot be sent to another JVM without serialization";
    }

    /** The future of a RemoteCall: completed when the worker's reply arrives. */
    private static final class RemoteFuture extends CompletableFuture<String> implements RunnableFuture<String> {
        private final RemoteCall call;
        private volatile TaskFuture task;

        RemoteFuture(RemoteCall call) {
            this.call = call;
        }

        void sendTo(ProcessPool pool) {
            task = pool.submit(call.task(), call.args());  // RejectedExecutionException once shut down
            task.whenComplete((reply, failure) -> {
                if (failure == null) {
                    complete(reply.value());
                } else {
                    completeExceptionally(failure instanceof CompletionException wrapped ? wrapped.getCause() : failure);
                }
            });
        }

        /** Cancelling also keeps the task from starting, if it has not yet reached a worker. */
        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            TaskFuture sent = task;
            if (cancelled && sent != null) {
                sent.cancel(false);
            }
            return cancelled;
        }

        /** Nothing to run in this JVM: the work happens in a worker process. */
        @Override
        public void run() {
        }

        @Override
        public String toString() {
            return call + " " + super.toString();
        }
    }
}

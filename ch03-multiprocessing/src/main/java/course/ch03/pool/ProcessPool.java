package course.ch03.pool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A pool of long-lived worker JVMs: Python's {@code multiprocessing.Pool} for Java.
 *
 * <p>Starting a JVM costs tens of milliseconds, a task round trip over a pipe a few dozen
 * microseconds: so the pool starts {@code size} workers once and sends them every task. Each
 * worker runs {@link PoolWorker}; a task is a name from its registry plus string arguments,
 * sent as data over the worker's stdin, and its result comes back over its stdout (see
 * {@link Wire}; no Java serialization anywhere).
 *
 * <ul>
 *   <li>{@link #submit} queues a task and returns at once ({@code apply_async});
 *       {@link #apply} waits for the result ({@code apply}); {@link #map} keeps input order.</li>
 *   <li>A task that throws fails its future with {@link TaskFailedException}; the worker lives on.
 *       A worker that dies (exit, {@link Error}, kill) fails the task it was running with
 *       {@link WorkerCrashedException}, saying how it died, and is replaced. Nothing hangs.</li>
 *   <li>{@link #shutdown} ({@code close()} in Python) takes no new tasks but finishes the queued
 *       ones; {@link #join} / {@link #awaitTermination} wait until every worker has exited;
 *       {@link #close} does both, for try-with-resources; {@link #terminate} kills the workers
 *       now and cancels what has not started.</li>
 * </ul>
 * Each worker has its {@link WorkerSlot}, which starts it, replaces it when it dies and stops
 * it; one thread of this JVM per slot takes tasks from a shared queue and runs them on the slot's
 * worker, so an idle worker picks up the next task. Callbacks ({@code thenAccept}) run in that
 * thread: keep them short, as Python asks of its pool callbacks.
 */
public final class ProcessPool implements AutoCloseable {

    private record Job(String task, List<String> args, TaskFuture future) {
    }

    /** How often an idle slot checks that its worker is still alive. */
    private static final long IDLE_CHECK_MILLIS = 200;

    /** The poison pill: a slot that takes it stops its worker and ends (see §3.13). */
    private static final Job STOP = new Job("", List.of(), new TaskFuture("stop"));

    private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    private final List<WorkerSlot> slots;
    private final CountDownLatch terminated;
    private final AtomicLong completedTasks = new AtomicLong();
    private final AtomicInteger unfinishedTasks = new AtomicInteger();
    private final Object stateLock = new Object();
    private boolean shutdown;                              // guarded by stateLock
    private volatile boolean terminating;

    /** Starts {@code size} worker JVMs; their stderr lines go to this JVM's stderr. */
    public ProcessPool(int size) {
        this(size, line -> System.err.println(line));
    }

    /** Starts {@code size} worker JVMs; their stderr lines, prefixed by their pid, go to {@code workerStderr}. */
    public ProcessPool(int size, Consumer<String> workerStderr) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool needs at least 1 worker, not " + size);
        }
        Objects.requireNonNull(workerStderr, "workerStderr");
        this.terminated = new CountDownLatch(size);
        List<WorkerSlot> created = new ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                created.add(new WorkerSlot(workerStderr, () -> terminating));
            }
        } catch (IOException e) {
            for (WorkerSlot slot : created) {
                slot.kill();
                slot.stop();
            }
            throw new UncheckedIOException("could not start the pool's worker JVMs", e);
        }
        slots = List.copyOf(created);
        for (int i = 0; i < slots.size(); i++) {
            WorkerSlot slot = slots.get(i);
            Thread.ofPlatform().daemon().name("process-pool-slot-" + i).start(() -> serve(slot));
        }
    }

    // ---- Submitting work ---------------------------------------------------------------

    /** Queues {@code task(args...)} and returns its future at once (Python's {@code apply_async}). */
    public TaskFuture submit(String task, Object... args) {
        Objects.requireNonNull(args, "args");
        return submit(task, Arrays.asList(args));
    }

    /** Queues {@code task(args...)} and returns its future at once. */
    public TaskFuture submit(String task, List<?> args) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(args, "args");
        if (!PoolWorker.TASKS.containsKey(task)) {
            throw new IllegalArgumentException("unknown task '" + task + "'; the workers know "
                    + new TreeSet<>(PoolWorker.TASKS.keySet()));
        }
        List<String> textArgs = args.stream()
                .map(arg -> String.valueOf(Objects.requireNonNull(arg, "a task argument is null")))
                .toList();
        TaskFuture future = new TaskFuture(describe(task, textArgs));
        synchronized (stateLock) {
            if (shutdown) {
                throw new RejectedExecutionException("the pool is closed and takes no new tasks: " + future.description());
            }
            unfinishedTasks.incrementAndGet();             // before a slot can take it and count it down
            queue.add(new Job(task, textArgs, future));
        }
        return future;
    }

    /** Runs {@code task(args...)} in a worker and waits for its reply (Python's {@code apply}). */
    public Reply apply(String task, Object... args) throws InterruptedException {
        return await(submit(task, args));
    }

    /** Runs {@code task(input)} for every input, in parallel; the replies come in input order. */
    public List<Reply> map(String task, List<?> inputs) throws InterruptedException {
        List<TaskFuture> futures = inputs.stream().map(input -> submit(task, input)).toList();
        List<Reply> replies = new ArrayList<>(futures.size());
        for (TaskFuture future : futures) {
            replies.add(await(future));                    // first failure in input order is thrown
        }
        return replies;
    }

    /** Waits for a task's reply; a failed task throws its {@link TaskFailedException} or {@link WorkerCrashedException}. */
    public static Reply await(TaskFuture future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(future.description() + " failed", e.getCause());
        }
    }

    // ---- Looking at the pool -----------------------------------------------------------

    public int size() {
        return slots.size();
    }

    /** The pids of the current worker processes (a crashed worker's replacement has a new pid). */
    public List<Long> pids() {
        return slots.stream().flatMapToLong(slot -> slot.pid().stream()).boxed().toList();
    }

    /** How many tasks have finished, with a result or a failure. */
    public long completedTaskCount() {
        return completedTasks.get();
    }

    /** How many submitted tasks are queued or running (a cancelled task counts until a worker would have taken it). */
    public int activeTaskCount() {
        return unfinishedTasks.get();
    }

    // ---- Ending ------------------------------------------------------------------------

    /** No new tasks; the queued ones still run; returns at once (Python's {@code close()}). */
    public void shutdown() {
        synchronized (stateLock) {
            if (shutdown) {
                return;
            }
            shutdown = true;
            for (int i = 0; i < slots.size(); i++) {
                queue.add(STOP);                           // behind every queued task
            }
        }
    }

    public boolean isShutdown() {
        synchronized (stateLock) {
            return shutdown;
        }
    }

    /** True once every worker process has exited. */
    public boolean isTerminated() {
        return terminated.getCount() == 0;
    }

    /** Waits at most {@code timeout} for every worker to exit; false if some are still running. */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        return terminated.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Waits until every worker has exited (Python's {@code join()}); call {@link #shutdown} first. */
    public void join() throws InterruptedException {
        if (!isShutdown()) {
            throw new IllegalStateException("join() before shutdown(): the workers would wait for tasks forever");
        }
        terminated.await();
    }

    /**
     * Kills every worker now (Python's {@code terminate()}): tasks that have not started are
     * cancelled, running ones fail with {@link WorkerCrashedException}. Returns the cancelled tasks.
     */
    public List<String> terminate() {
        synchronized (stateLock) {
            shutdown = true;
            terminating = true;
        }
        List<Job> neverStarted = new ArrayList<>();
        queue.drainTo(neverStarted);
        List<String> cancelled = new ArrayList<>();
        for (Job job : neverStarted) {
            if (job != STOP) {
                unfinishedTasks.decrementAndGet();
            }
            if (job != STOP && job.future().completeExceptionally(
                    new CancellationException("the pool was terminated before " + job.future().description() + " started"))) {
                cancelled.add(job.future().description());
            }
        }
        for (WorkerSlot slot : slots) {
            queue.add(STOP);
            slot.kill();
        }
        return cancelled;
    }

    /** {@link #shutdown} and {@link #join}: queued work finishes, then every worker has exited. */
    @Override
    public void close() {
        shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                terminated.await();
                break;
            } catch (InterruptedException e) {
                if (!interrupted) {
                    terminate();                           // as ExecutorService.close(): interrupted means "stop now"
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code square(7)}: long arguments shortened, so that messages stay one readable line. */
    private static String describe(String task, List<String> args) {
        return args.stream()
                .map(arg -> arg.length() <= 30 ? arg : arg.substring(0, 27) + "...")
                .map(arg -> arg.replace('\n', ' '))
                .collect(Collectors.joining(", ", task + "(", ")"));
    }

    // ---- One thread per slot: takes tasks from the queue and runs them on the slot's worker ----

    private void serve(WorkerSlot slot) {
        try {
            slot.greetWhileIdle();
            while (true) {
                Job job = queue.poll(IDLE_CHECK_MILLIS, TimeUnit.MILLISECONDS);
                if (job == null) {
                    slot.replaceIfDiedWhileIdle();         // else nobody notices until this slot's next task
                } else if (job == STOP) {
                    return;
                } else {
                    runJob(slot, job);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            slot.stop();
            terminated.countDown();
        }
    }

    private void runJob(WorkerSlot slot, Job job) {
        TaskFuture future = job.future();
        if (future.isDone()) {
            unfinishedTasks.decrementAndGet();
            return;                                        // cancelled before it started
        }
        WorkerProcess w;
        try {
            w = slot.handOut();
        } catch (IOException e) {
            completedTasks.incrementAndGet();
            unfinishedTasks.decrementAndGet();
            future.completeExceptionally(new WorkerCrashedException(
                    "no worker could be started for " + future.description() + ": " + e.getMessage(), -1));
            return;
        }
        future.markStarted(w.pid);
        // Settle the pool first (counter, replacement worker), then complete the future: whoever
        // sees the outcome then also sees a whole pool.
        Reply reply = null;
        RuntimeException failure;
        try {
            Wire.writeRequest(w.toWorker, job.task(), job.args());
            boolean ok = w.fromWorker.readBoolean();
            String text = Wire.readText(w.fromWorker);
            if (ok) {
                reply = new Reply(text, w.pid);
                failure = null;
            } else {
                failure = new TaskFailedException(future.description() + " failed in worker pid " + w.pid + ": " + text, w.pid);
            }
        } catch (IOException e) {
            String how = terminating ? "was killed because the pool was terminated" : "died";
            failure = new WorkerCrashedException("worker pid " + w.pid + " " + how + " while running "
                    + future.description() + ": " + w.deathReport(e), w.pid);
            slot.replaceAfterCrash();
        } catch (RuntimeException e) {
            failure = e;                                   // a bug of the pool: fail the task, never hang it
        }
        completedTasks.incrementAndGet();
        unfinishedTasks.decrementAndGet();
        if (failure == null) {
            future.complete(reply);
        } else {
            future.completeExceptionally(failure);
        }
    }
}

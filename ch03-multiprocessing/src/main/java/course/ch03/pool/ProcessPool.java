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
 * Each worker is served by one thread of this JVM ("slot") that takes tasks from a shared
 * queue, so an idle worker picks up the next task. Callbacks ({@code thenAccept}) run in that
 * thread: keep them short, as Python asks of its pool callbacks.
 */
public final class ProcessPool implements AutoCloseable {

    private record Job(String task, List<String> args, TaskFuture future) {
    }

    /** How often an idle slot checks that its worker is still alive. */
    private static final long IDLE_CHECK_MILLIS = 200;
    /** After this many workers in a row die before saying hello, an idle slot stops starting new ones. */
    private static final int MAX_IDLE_START_FAILURES = 3;

    /** The poison pill: a slot that takes it stops its worker and ends (see §3.13). */
    private static final Job STOP = new Job("", List.of(), new TaskFuture("stop"));

    private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    private final List<Slot> slots;
    private final CountDownLatch terminated;
    private final Consumer<String> workerStderr;
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
        this.workerStderr = Objects.requireNonNull(workerStderr, "workerStderr");
        this.terminated = new CountDownLatch(size);
        List<Slot> created = new ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                created.add(new Slot(WorkerProcess.start(workerStderr)));
            }
        } catch (IOException e) {
            created.forEach(slot -> slot.worker.kill());
            throw new UncheckedIOException("could not start the pool's worker JVMs", e);
        }
        slots = List.copyOf(created);
        for (int i = 0; i < slots.size(); i++) {
            Thread.ofPlatform().daemon().name("process-pool-slot-" + i).start(slots.get(i));
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
        return slots.stream().map(slot -> slot.worker).filter(Objects::nonNull).map(w -> w.pid).toList();
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
        for (Slot slot : slots) {
            queue.add(STOP);
            WorkerProcess worker = slot.worker;
            if (worker != null) {
                worker.process.destroyForcibly();
            }
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

    // ---- One slot: a thread of this JVM that feeds one worker process ------------------

    private final class Slot implements Runnable {
        volatile WorkerProcess worker;                     // null after a failed start, until the next task
        private int startFailures;                         // in a row; used by the slot's thread only

        Slot(WorkerProcess worker) {
            this.worker = worker;
        }

        @Override
        public void run() {
            try {
                greetWhileIdle();
                while (true) {
                    Job job = queue.poll(IDLE_CHECK_MILLIS, TimeUnit.MILLISECONDS);
                    if (job == null) {
                        replaceIfDiedWhileIdle();          // else nobody notices until this slot's next task
                    } else if (job == STOP) {
                        return;
                    } else {
                        runJob(job);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                WorkerProcess last = worker;
                if (last != null) {
                    last.stop();
                }
                terminated.countDown();
            }
        }

        private void runJob(Job job) {
            TaskFuture future = job.future();
            if (future.isDone()) {
                unfinishedTasks.decrementAndGet();
                return;                                    // cancelled before it started
            }
            WorkerProcess w;
            try {
                w = readyWorker();
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
                worker = null;
                replaceUnlessTerminating();
            } catch (RuntimeException e) {
                failure = e;                               // a bug of the pool: fail the task, never hang it
            }
            completedTasks.incrementAndGet();
            unfinishedTasks.decrementAndGet();
            if (failure == null) {
                future.complete(reply);
            } else {
                future.completeExceptionally(failure);
            }
        }

        /** The slot's worker, replaced first if it died while idle, and greeted. */
        private WorkerProcess readyWorker() throws IOException {
            if (terminating) {
                throw new IOException("the pool was terminated");
            }
            WorkerProcess w = worker;
            if (w != null && !w.process.isAlive()) {
                reportIdleDeath(w);
                w = null;
            }
            if (w == null) {
                w = WorkerProcess.start(workerStderr);
                worker = w;
            }
            try {
                w.awaitHello();
                startFailures = 0;
            } catch (IOException e) {
                startFailures++;
                worker = null;
                throw new IOException("worker pid " + w.pid + " did not start: " + w.deathReport(e), e);
            }
            return w;
        }

        /** While no task comes: wait for the worker's hello, so that a task finds it ready. */
        private void greetWhileIdle() {
            WorkerProcess w = worker;
            if (w == null || w.isGreeted()) {
                return;
            }
            try {
                w.awaitHello();
                startFailures = 0;
            } catch (IOException e) {
                startFailures++;
                worker = null;
                if (!terminating) {
                    workerStderr.accept("[pool] worker pid " + w.pid + " did not start: " + w.deathReport(e));
                }
            }
        }

        /** A worker that dies between tasks is replaced at once, not when the next task comes. */
        private void replaceIfDiedWhileIdle() {
            if (terminating) {
                return;
            }
            WorkerProcess w = worker;
            if (w != null && !w.process.isAlive()) {
                reportIdleDeath(w);
                worker = null;
            }
            // A worker that cannot even start (a broken class path, say) must not be restarted
            // forever: after a few failures in a row, only a task makes the slot try again.
            if (worker == null && startFailures < MAX_IDLE_START_FAILURES) {
                replaceUnlessTerminating();
                greetWhileIdle();
            }
        }

        private void reportIdleDeath(WorkerProcess w) {
            if (!w.isGreeted()) {
                startFailures++;
            }
            workerStderr.accept("[pool] worker pid " + w.pid + " died while idle (" + w.deathReport(null)
                    + "); starting a replacement");
        }

        private void replaceUnlessTerminating() {
            if (terminating) {
                return;
            }
            try {
                worker = WorkerProcess.start(workerStderr); // greeted when its first task comes
            } catch (IOException e) {
                workerStderr.accept("[pool] could not start a replacement worker now (" + e.getMessage()
                        + "); will try again with the next task");
            }
        }
    }
}

package course.ch03.pool;

import java.io.IOException;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One place for a worker JVM in a {@link ProcessPool}: it starts the worker, hands it out ready
 * for a task, replaces it when it dies, and stops it at the end. Which task runs, and what becomes
 * of its future, is the pool's business; that there is a live, greeted worker is this class's.
 *
 * <p>A worker can die at three moments, and each has its answer here:
 * <ul>
 *   <li>before it says hello (a broken class path, say): the task that wanted it fails, and after
 *       {@value #MAX_IDLE_START_FAILURES} such starts in a row the slot stops starting workers on
 *       its own — only the next task makes it try again, so a worker that can never start is not
 *       restarted forever;</li>
 *   <li>while idle: noticed by the idle check ({@link #replaceIfDiedWhileIdle}), reported, and
 *       replaced at once;</li>
 *   <li>in the middle of a task: the pool fails the task and calls {@link #replaceAfterCrash}.</li>
 * </ul>
 * Once the pool is terminating, no worker is started any more.
 *
 * <p>Every method but {@link #pid} and {@link #kill} is called by the pool's thread for this slot
 * only; those two may be called from any thread.
 */
final class WorkerSlot {

    /** After this many workers in a row die before saying hello, an idle slot stops starting new ones. */
    static final int MAX_IDLE_START_FAILURES = 3;

    private final Consumer<String> log;
    private final BooleanSupplier terminating;
    private volatile WorkerProcess worker;                 // null after a failed start, until the next task
    private int startFailures;                             // in a row; the slot's thread only

    /**
     * Starts the slot's first worker; it is greeted later ({@link #greetWhileIdle}, or by the first
     * task). {@code log} gets the workers' stderr lines and the slot's reports; {@code terminating}
     * says whether the pool is being terminated.
     */
    WorkerSlot(Consumer<String> log, BooleanSupplier terminating) throws IOException {
        this.log = log;
        this.terminating = terminating;
        this.worker = WorkerProcess.start(log);
    }

    /** The pid of the slot's current worker; empty while it has none (after a failed start). */
    OptionalLong pid() {
        WorkerProcess w = worker;
        return w == null ? OptionalLong.empty() : OptionalLong.of(w.pid);
    }

    /**
     * The worker for the next task, greeted: one that died while idle is replaced first, and an
     * empty slot gets a new one. Throws if the pool is terminating or the worker does not start.
     */
    WorkerProcess handOut() throws IOException {
        if (terminating.getAsBoolean()) {
            throw new IOException("the pool was terminated");
        }
        WorkerProcess w = worker;
        if (w != null && !w.process.isAlive()) {
            reportIdleDeath(w);
            w = null;
        }
        if (w == null) {
            w = WorkerProcess.start(log);
            worker = w;
        }
        try {
            greet(w);
        } catch (IOException e) {
            throw new IOException("worker pid " + w.pid + " did not start: " + w.deathReport(e), e);
        }
        return w;
    }

    /** While no task comes: wait for the worker's hello, so that a task finds it ready. */
    void greetWhileIdle() {
        WorkerProcess w = worker;
        if (w == null || w.isGreeted()) {
            return;
        }
        try {
            greet(w);
        } catch (IOException e) {
            if (!terminating.getAsBoolean()) {
                log.accept("[pool] worker pid " + w.pid + " did not start: " + w.deathReport(e));
            }
        }
    }

    /** The idle check: a worker that died between tasks is replaced now, not when the next task comes. */
    void replaceIfDiedWhileIdle() {
        if (terminating.getAsBoolean()) {
            return;
        }
        WorkerProcess w = worker;
        if (w != null && !w.process.isAlive()) {
            reportIdleDeath(w);
            worker = null;
        }
        if (worker == null && startFailures < MAX_IDLE_START_FAILURES) {
            startReplacement();
            greetWhileIdle();
        }
    }

    /** The worker died in the middle of a task (the pool has its death report): start another. */
    void replaceAfterCrash() {
        worker = null;
        startReplacement();
    }

    /** Closes the worker's stdin, its signal to finish, and waits for it; kills it if it does not end. */
    void stop() {
        WorkerProcess last = worker;
        if (last != null) {
            last.stop();
        }
    }

    /** Kills the worker now, without waiting: the slot's thread sees its pipe break and stops it. */
    void kill() {
        WorkerProcess w = worker;
        if (w != null) {
            w.process.destroyForcibly();
        }
    }

    // A failed hello empties the slot: the worker is not used again.
    private void greet(WorkerProcess w) throws IOException {
        try {
            w.awaitHello();
            startFailures = 0;
        } catch (IOException e) {
            startFailures++;
            worker = null;
            throw e;
        }
    }

    private void startReplacement() {
        if (terminating.getAsBoolean()) {
            return;
        }
        try {
            worker = WorkerProcess.start(log);             // greeted when its first task comes
        } catch (IOException e) {
            log.accept("[pool] could not start a replacement worker now (" + e.getMessage()
                    + "); will try again with the next task");
        }
    }

    private void reportIdleDeath(WorkerProcess w) {
        if (!w.isGreeted()) {
            startFailures++;
        }
        log.accept("[pool] worker pid " + w.pid + " died while idle (" + w.deathReport(null)
                + "); starting a replacement");
    }
}

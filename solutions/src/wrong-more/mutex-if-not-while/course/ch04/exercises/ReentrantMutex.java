package course.ch04.exercises;

/**
 * Wrong version of exercise 4.7 · ReentrantMutex (a test fixture, not a solution): {@code lock()} waits
 * with {@code if} instead of {@code while}. A waiter woken by {@code notifyAll} takes the lock without
 * looking again, though the old owner may have taken it back in the meantime: two owners at once.
 */
public final class ReentrantMutex {

    private Thread owner;                    // guarded by this; null when the lock is free
    private int holds;                       // guarded by this

    public synchronized void lock() {
        Thread me = Thread.currentThread();
        if (owner == me) {
            holds++;
            return;
        }
        boolean interrupted = false;
        if (owner != null) {                 // WRONG: if, not while
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;          // keep waiting; report it when we return
            }
        }
        owner = me;
        holds = 1;
        if (interrupted) {
            me.interrupt();
        }
    }

    public synchronized void unlock() {
        if (owner != Thread.currentThread()) {
            throw new IllegalMonitorStateException(Thread.currentThread().getName() + " does not hold this lock");
        }
        holds--;
        if (holds == 0) {
            owner = null;
            notifyAll();
        }
    }

    public synchronized int holdCount() {
        return owner == Thread.currentThread() ? holds : 0;
    }

    public synchronized boolean isHeldByCurrentThread() {
        return owner == Thread.currentThread();
    }
}

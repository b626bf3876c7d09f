package course.ch04.exercises;

/**
 * Wrong version of exercise 4.7 · ReentrantMutex (a test fixture, not a solution): {@code lock()} waits
 * while anyone owns the lock, the caller included, so the owner's second {@code lock()} waits for itself.
 */
public final class ReentrantMutex {

    private Thread owner;                    // guarded by this; null when the lock is free
    private int holds;                       // guarded by this

    public synchronized void lock() {
        Thread me = Thread.currentThread();   // WRONG: no check whether the caller already owns it
        boolean interrupted = false;
        while (owner != null) {
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

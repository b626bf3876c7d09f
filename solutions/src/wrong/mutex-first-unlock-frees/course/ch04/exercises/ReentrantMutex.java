package course.ch04.exercises;

/**
 * Wrong version of exercise 4.7 · ReentrantMutex (a test fixture, not a solution): {@code unlock()}
 * counts down but frees the lock at once, whatever the hold count: after lock(), lock(), unlock() the
 * owner still thinks it holds the lock while another thread is already inside.
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
        owner = null;                        // WRONG: freed though the hold count may still be above 0
        notifyAll();
    }

    public synchronized int holdCount() {
        return owner == Thread.currentThread() ? holds : 0;
    }

    public synchronized boolean isHeldByCurrentThread() {
        return owner == Thread.currentThread();
    }
}

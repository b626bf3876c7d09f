package course.ch04.exercises;

/**
 * Wrong version of exercise 4.7 · ReentrantMutex (a test fixture, not a solution): volatile fields and
 * a spin instead of {@code synchronized}. Each read and write is visible, but "free? then take it" is
 * two steps: two threads can both see the lock free and both take it.
 */
public final class ReentrantMutex {

    private volatile Thread owner;
    private volatile int holds;

    public void lock() {
        Thread me = Thread.currentThread();
        if (owner == me) {
            holds++;
            return;
        }
        while (owner != null) {              // WRONG: check, then act, with nothing to stop another thread in between
            Thread.onSpinWait();
        }
        owner = me;
        holds = 1;
    }

    public void unlock() {
        if (owner != Thread.currentThread()) {
            throw new IllegalMonitorStateException(Thread.currentThread().getName() + " does not hold this lock");
        }
        if (--holds == 0) {
            owner = null;
        }
    }

    public int holdCount() {
        return owner == Thread.currentThread() ? holds : 0;
    }

    public boolean isHeldByCurrentThread() {
        return owner == Thread.currentThread();
    }
}

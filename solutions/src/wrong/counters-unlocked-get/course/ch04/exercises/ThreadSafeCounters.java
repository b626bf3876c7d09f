package course.ch04.exercises;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wrong version of exercise 4.5 · ThreadSafeCounters (a test fixture, not a solution): get() of
 * SynchronizedCounter and LockCounter reads the {@code long} without the monitor or the lock ("it only
 * reads, so it needs no lock"). Every count is still right, but there is no happens-before between
 * the threads that count and the one that reads: a thread waiting for the count to change may read it
 * once and never again. AtomicCounter stays correct.
 */
public final class ThreadSafeCounters {

    private ThreadSafeCounters() {
    }

    public interface Counter {
        long incrementAndGet();

        void add(long delta);

        long get();
    }

    static long checkDelta(long delta) {
        if (delta < 0) {
            throw new IllegalArgumentException("delta must be 0 or more, was " + delta);
        }
        return delta;
    }

    public static final class SynchronizedCounter implements Counter {
        private long count;                  // guarded by this

        @Override
        public synchronized long incrementAndGet() {
            return ++count;
        }

        @Override
        public synchronized void add(long delta) {
            count += checkDelta(delta);
        }

        @Override
        public long get() {                      // WRONG: not synchronized, no happens-before with the writers
            return count;
        }
    }

    public static final class LockCounter implements Counter {
        private final ReentrantLock lock = new ReentrantLock();
        private long count;                  // guarded by lock

        @Override
        public long incrementAndGet() {
            lock.lock();
            try {
                return ++count;
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void add(long delta) {
            checkDelta(delta);
            lock.lock();
            try {
                count += delta;
            } finally {
                lock.unlock();
            }
        }

        @Override
        public long get() {                      // WRONG: reads without the lock
            return count;
        }
    }

    public static final class AtomicCounter implements Counter {
        private final AtomicLong count = new AtomicLong();

        @Override
        public long incrementAndGet() {
            return count.incrementAndGet();
        }

        @Override
        public void add(long delta) {
            count.addAndGet(checkDelta(delta));
        }

        @Override
        public long get() {
            return count.get();
        }
    }
}

package course.ch04.exercises;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wrong version of exercise 4.5 · ThreadSafeCounters (a test fixture, not a solution): the reference
 * solution, except that SynchronizedCounter.incrementAndGet() lost its {@code synchronized} — "add
 * and get is one statement". {@code ++count} is read, add, write: two threads can read the same value.
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
        public long incrementAndGet() {          // WRONG: not synchronized
            return ++count;
        }

        @Override
        public synchronized void add(long delta) {
            count += checkDelta(delta);
        }

        @Override
        public synchronized long get() {
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
        public long get() {
            lock.lock();
            try {
                return count;
            } finally {
                lock.unlock();
            }
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

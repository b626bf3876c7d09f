package course.ch04.exercises;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exercise 4.5 · ThreadSafeCounters (easy) — one counter, made thread-safe three ways.
 *
 * <p><b>Task.</b> Implement the three classes below. Each is a {@link Counter} that starts at 0
 * and counts every call exactly once, however many threads call it at the same time:
 * <ul>
 *   <li>{@link SynchronizedCounter} guards a {@code long} with {@code synchronized};</li>
 *   <li>{@link LockCounter} guards a {@code long} with its {@link ReentrantLock}
 *       ({@code lock()} just before {@code try}, {@code unlock()} in {@code finally});</li>
 *   <li>{@link AtomicCounter} uses its {@link AtomicLong} and no lock at all.</li>
 * </ul>
 * {@code incrementAndGet()} adds one and returns the new value: no two calls may ever return the
 * same number. {@code add(delta)} adds {@code delta}, which must not be negative: for a negative
 * one throw {@link IllegalArgumentException} with a message that names the value.
 *
 * <p><b>Hint.</b> {@code count++} is three steps (read, add, write); the whole read-add-write,
 * including reading the new value to return it, must happen while no other thread can step in.
 *
 * <p><b>Reread:</b> §4.5 ({@code LostUpdate}, {@code ManyIncrements}).
 */
public final class ThreadSafeCounters {

    private ThreadSafeCounters() {
    }

    /** A counter that many threads may use at once. */
    public interface Counter {
        /** Adds one and returns the new value. */
        long incrementAndGet();

        /** Adds {@code delta} (0 or more). */
        void add(long delta);

        /** The current value. */
        long get();
    }

    public static final class SynchronizedCounter implements Counter {
        private long count;

        @Override
        public long incrementAndGet() {
            throw new UnsupportedOperationException("TODO: exercise ThreadSafeCounters (§4.5) — SynchronizedCounter.incrementAndGet");
        }

        @Override
        public void add(long delta) {
            throw new UnsupportedOperationException("TODO: exercise ThreadSafeCounters (§4.5) — SynchronizedCounter.add");
        }

        @Override
        public long get() {
            throw new UnsupportedOperationException("TODO: exercise ThreadSafeCounters (§4.5) — SynchronizedCounter.get");
        }
    }

    public static final class LockCounter implements Counter {
        private final ReentrantLock lock = new ReentrantLock();
        private long count;

        @Override
        public long incrementAndGet() {
            throw new UnsupportedOperationException("TODO: exercise ThreadSafeCounters (§4.5) — LockCounter.incrementAndGet");
        }

        @Override
        public void add(long delta) {
            throw new UnsupportedOperationException("TODO: exercise ThreadSafeCounters (§4.5) — LockCounter.add");
        }

        @Override
        public long get() {
            throw new UnsupportedOperationException("TODO: exercise ThreadSafeCounters (§4.5) — LockCounter.get");
        }
    }

    public static final class AtomicCounter implements Counter {
        private final AtomicLong count = new AtomicLong();

        @Override
        public long incrementAndGet() {
            throw new UnsupportedOperationException("TODO: exercise ThreadSafeCounters (§4.5) — AtomicCounter.incrementAndGet");
        }

        @Override
        public void add(long delta) {
            throw new UnsupportedOperationException("TODO: exercise ThreadSafeCounters (§4.5) — AtomicCounter.add");
        }

        @Override
        public long get() {
            throw new UnsupportedOperationException("TODO: exercise ThreadSafeCounters (§4.5) — AtomicCounter.get");
        }
    }
}

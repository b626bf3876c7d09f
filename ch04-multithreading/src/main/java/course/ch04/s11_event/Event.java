package course.ch04.s11_event;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * §4.11 Event — Python's {@code threading.Event}, which Java does not have: a flag that threads
 * can wait for.
 *
 * <ul>
 *   <li>{@link #isSet()} — is the flag up?</li>
 *   <li>{@link #set()} — raise it and wake every thread waiting for it;</li>
 *   <li>{@link #clear()} — lower it again (this is what a {@code CountDownLatch} cannot do);</li>
 *   <li>{@link #await()} / {@link #await(Duration)} — block while the flag is down (at most that
 *       long); the timed one returns whether the flag was seen up, like Python's
 *       {@code wait(timeout)}.</li>
 * </ul>
 *
 * <p>Built on a {@link ReentrantLock} and one {@link Condition}: the flag is read and written only
 * under the lock, waiters sleep on the condition and {@code set} signals all of them. Waiters
 * loop, because a waiter can wake up without a signal (a "spurious wakeup").
 *
 * <p>One detail copied from Python: a {@code set()} immediately followed by {@code clear()} still
 * releases every thread that was waiting at the time of the {@code set()}, with {@code true}.
 * Re-checking the flag alone would miss that pulse, so each {@code set()} that raises the flag
 * also starts a new "generation", and a waiter leaves when the flag is up <em>or</em> the
 * generation has moved on since it began to wait.
 *
 * <p><b>Memory consistency:</b> everything a thread did before {@code set()} is visible to a
 * thread that returns from {@code await} because of it (the lock gives that guarantee).
 */
public final class Event {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean flag;
    private long generation;

    public boolean isSet() {
        lock.lock();
        try {
            return flag;
        } finally {
            lock.unlock();
        }
    }

    public void set() {
        lock.lock();
        try {
            if (!flag) {
                flag = true;
                generation++;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    public void clear() {
        lock.lock();
        try {
            flag = false;
        } finally {
            lock.unlock();
        }
    }

    /** Blocks until the flag is set (returns at once if it already is). */
    public void await() throws InterruptedException {
        lock.lock();
        try {
            long seen = generation;
            while (!flag && generation == seen) {
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks until the flag is set or the timeout has passed; a zero or negative timeout only
     * looks. Returns {@code true} if the flag was set, {@code false} on timeout.
     */
    public boolean await(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout");
        long nanos = TimeUnit.NANOSECONDS.convert(timeout);   // saturates instead of overflowing
        lock.lock();
        try {
            long seen = generation;
            while (!flag && generation == seen) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = changed.awaitNanos(nanos);            // returns the time still left
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}

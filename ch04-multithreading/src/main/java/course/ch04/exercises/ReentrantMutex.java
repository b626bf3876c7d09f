package course.ch04.exercises;

/**
 * Exercise 4.7 · ReentrantMutex (hard) — build Python's {@code RLock} yourself: an owner and a count.
 *
 * <p><b>Task.</b> Implement a lock that only one thread holds at a time, and that the thread
 * holding it may take again, with {@code synchronized}, {@code wait()} and {@code notifyAll()}
 * (not with {@code java.util.concurrent.locks}, which would make this too easy):
 * <ul>
 *   <li>{@link #lock()}: if the lock is free, the calling thread becomes its owner with a hold
 *       count of 1; if the caller already owns it, the count goes up by 1; otherwise wait until
 *       it is free. {@code lock()} does not give up when the waiting thread is interrupted: it
 *       keeps waiting, and returns (once it has the lock) with the interrupt flag set again;</li>
 *   <li>{@link #unlock()}: the count goes down by 1; at 0 the lock is free and a waiting thread
 *       may take it. A thread that does not hold the lock gets
 *       {@link IllegalMonitorStateException};</li>
 *   <li>{@link #holdCount()}: the calling thread's count (0 if it does not own the lock);
 *       {@link #isHeldByCurrentThread()}: whether the calling thread owns it.</li>
 * </ul>
 *
 * <p><b>Hint.</b> Keep two fields, the owning {@code Thread} (or {@code null}) and the count, and
 * touch them only in {@code synchronized} methods. Wait with {@code while (...) wait();}: a
 * thread can wake up and find the lock taken again.
 *
 * <p><b>Reread:</b> §4.7 ({@code FixOneReentrantLock}: what a hold count is).
 */
public final class ReentrantMutex {

    public void lock() {
        throw new UnsupportedOperationException("TODO: exercise ReentrantMutex (§4.7) — implement lock");
    }

    public void unlock() {
        throw new UnsupportedOperationException("TODO: exercise ReentrantMutex (§4.7) — implement unlock");
    }

    public int holdCount() {
        throw new UnsupportedOperationException("TODO: exercise ReentrantMutex (§4.7) — implement holdCount");
    }

    public boolean isHeldByCurrentThread() {
        throw new UnsupportedOperationException("TODO: exercise ReentrantMutex (§4.7) — implement isHeldByCurrentThread");
    }
}

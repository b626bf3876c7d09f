package course.ch04.exercises;

/**
 * Exercise 4.10 · BoundedBuffer (medium) — a blocking first-in-first-out buffer of fixed capacity,
 * built by hand.
 *
 * <p><b>Task.</b> Producers {@link #put} and consumers {@link #take} from many threads at once:
 * <ul>
 *   <li>{@link #BoundedBuffer(int)}: a capacity below 1 is an {@link IllegalArgumentException}
 *       whose message names the value;</li>
 *   <li>{@link #put}: adds at the end; blocks while the buffer is full; a {@code null} item is a
 *       {@link NullPointerException};</li>
 *   <li>{@link #take}: removes from the front; blocks while the buffer is empty;</li>
 *   <li>both throw {@link InterruptedException} when interrupted while blocked;</li>
 *   <li>{@link #size()} and {@link #capacity()}.</li>
 * </ul>
 * Build it yourself with {@code synchronized} + {@code wait}/{@code notifyAll}, or with a
 * {@code ReentrantLock} and two {@code Condition}s — not with a ready-made {@code BlockingQueue}.
 * Every item put must be taken exactly once, and the buffer never holds more than its capacity.
 *
 * <p><b>Hint.</b> Wait in a {@code while} loop, never an {@code if}: when a waiting thread wakes
 * up, another thread may already have taken the item (or the free place) it was woken for.
 *
 * <p><b>Reread:</b> §4.10 ({@code QueueOrders}) and §4.11 ({@code Event}, a lock with a condition).
 */
public final class BoundedBuffer<T> {

    public BoundedBuffer(int capacity) {
        throw new UnsupportedOperationException("TODO: exercise BoundedBuffer (§4.10) — implement the constructor; see the Javadoc");
    }

    public void put(T item) throws InterruptedException {
        throw new UnsupportedOperationException("TODO: exercise BoundedBuffer (§4.10) — implement put");
    }

    public T take() throws InterruptedException {
        throw new UnsupportedOperationException("TODO: exercise BoundedBuffer (§4.10) — implement take");
    }

    public int size() {
        throw new UnsupportedOperationException("TODO: exercise BoundedBuffer (§4.10) — implement size");
    }

    public int capacity() {
        throw new UnsupportedOperationException("TODO: exercise BoundedBuffer (§4.10) — implement capacity");
    }
}

package course.ch04.exercises;

import java.util.Objects;

/**
 * Wrong version of exercise 4.10 · BoundedBuffer (a test fixture, not a solution), with
 * {@code synchronized} and {@code wait}/{@code notifyAll} on a ring of slots: it waits with {@code if}
 * instead of {@code while}. A consumer woken by {@code notifyAll} goes on without looking again, though
 * another consumer may have taken the item first: it takes from an empty buffer.
 */
public final class BoundedBuffer<T> {

    private final Object[] slots;
    private int head;                        // guarded by this: next slot to take
    private int count;                       // guarded by this (but see size())

    public BoundedBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.slots = new Object[capacity];
    }

    public synchronized void put(T item) throws InterruptedException {
        Objects.requireNonNull(item, "item");
        if (count == slots.length) {         // WRONG: if, not while
            wait();
        }
        slots[(head + count) % slots.length] = item;
        count++;
        notifyAll();
    }

    public synchronized T take() throws InterruptedException {
        if (count == 0) {                    // WRONG: if, not while
            wait();
        }
        @SuppressWarnings("unchecked")
        T item = (T) slots[head];
        slots[head] = null;
        head = (head + 1) % slots.length;
        count--;
        notifyAll();
        return item;
    }

    public synchronized int size() {
        return count;
    }

    public int capacity() {
        return slots.length;
    }
}

package course.ch04.exercises;

import java.util.Objects;

/**
 * Wrong version of exercise 4.10 · BoundedBuffer (a test fixture, not a solution), as a student writes
 * it with {@code synchronized} and {@code wait}/{@code notifyAll} on a ring of slots: correct except
 * that {@link #size()} reads {@code count} without the monitor ("it only reads one int"). A thread
 * waiting for an item to arrive may read it once and never again.
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
        while (count == slots.length) {
            wait();
        }
        slots[(head + count) % slots.length] = item;
        count++;
        notifyAll();
    }

    public synchronized T take() throws InterruptedException {
        while (count == 0) {
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

    public int size() {                      // WRONG: not synchronized, no happens-before with put/take
        return count;
    }

    public int capacity() {
        return slots.length;
    }
}

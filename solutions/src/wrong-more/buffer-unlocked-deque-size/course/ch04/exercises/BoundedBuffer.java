package course.ch04.exercises;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wrong version of exercise 4.10 · BoundedBuffer (a test fixture, not a solution): the reference
 * solution, except that {@code size()} asks the {@code ArrayDeque} without the lock. Its head and tail
 * are plain fields: a thread waiting for an item may read them once and never again.
 */
public final class BoundedBuffer<T> {

    private final int capacity;
    private final ArrayDeque<T> items;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();

    public BoundedBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.capacity = capacity;
        this.items = new ArrayDeque<>(capacity);
    }

    public void put(T item) throws InterruptedException {
        Objects.requireNonNull(item, "item");
        lock.lockInterruptibly();
        try {
            while (items.size() == capacity) {
                notFull.await();
            }
            items.addLast(item);
            notEmpty.signal();            // one item: one consumer can use it
        } finally {
            lock.unlock();
        }
    }

    public T take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (items.isEmpty()) {
                notEmpty.await();
            }
            T item = items.removeFirst();
            notFull.signal();             // one free place: one producer can use it
            return item;
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        return items.size();              // WRONG: ArrayDeque's head and tail read without the lock
    }

    public int capacity() {
        return capacity;
    }
}

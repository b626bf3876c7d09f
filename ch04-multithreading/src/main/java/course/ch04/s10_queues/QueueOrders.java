package course.ch04.s10_queues;

import course.kit.Pace;
import course.kit.Usage;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * §4.10 Thread queues (线程queue) — first in first out, last in first out, lowest first.
 *
 * <p><b>The Python original</b> puts three items into each of {@code queue.Queue(3)} (gets
 * 1, 2, 3), {@code queue.LifoQueue(3)} (gets 3, 2, 1) and {@code queue.PriorityQueue(3)} of
 * {@code (priority, value)} tuples, where the lowest priority comes out first:
 * {@code (-2, 'c')}, {@code (5, 'b')}, {@code (10, 'a')}. All three are safe to share between
 * threads: every put and get takes the queue's lock.
 *
 * <p><b>In Java</b> {@code java.util.concurrent} has a blocking class for each:
 * {@link ArrayBlockingQueue} (bounded FIFO), {@link LinkedBlockingDeque} used as a stack
 * ({@code putFirst}/{@code takeFirst}), and {@link PriorityBlockingQueue} ordered by
 * {@link Comparable}. Java has no tuples that compare field by field; a {@code record} that
 * implements {@code Comparable} plays that part. One difference: {@code PriorityBlockingQueue}
 * is unbounded, so its {@code put} never blocks (Python's {@code PriorityQueue(3)} would).
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.10}
 *
 * <p><b>Expected</b> (every line, every run):
 * <pre>
 * FIFO  ArrayBlockingQueue(3): 1 2 3
 * LIFO  LinkedBlockingDeque as a stack: 3 2 1
 * PRIORITY  PriorityBlockingQueue:
 * (-2, 'c')
 * (5, 'b')
 * (10, 'a')
 * full queue: offer(4) waited 0.5 s and returned false (Python: queue.Full)
 * empty queue: poll() waited 0.5 s and returned null (Python: queue.Empty)
 * </pre>
 */
public final class QueueOrders {

    /** Python's {@code (priority, value)} tuple: compared by priority, then by value. */
    public record Job(int priority, String value) implements Comparable<Job> {
        @Override
        public int compareTo(Job other) {
            int byPriority = Integer.compare(priority, other.priority);
            return byPriority != 0 ? byPriority : value.compareTo(other.value);
        }

        /** Printed the way Python prints the tuple. */
        @Override
        public String toString() {
            return "(" + priority + ", '" + value + "')";
        }
    }

    private QueueOrders() {
    }

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, QueueOrders.class);
        // FIFO: queue.Queue(3). put() blocks while the queue is full, take() while it is empty.
        BlockingQueue<Integer> fifo = new ArrayBlockingQueue<>(3);
        fifo.put(1);
        fifo.put(2);
        fifo.put(3);
        System.out.println("FIFO  ArrayBlockingQueue(3): " + fifo.take() + " " + fifo.take() + " " + fifo.take());

        // LIFO: queue.LifoQueue(3). A deque used from one end only is a stack; the blocking
        // deque's capacity bounds it like the original's maxsize.
        BlockingDeque<Integer> lifo = new LinkedBlockingDeque<>(3);
        lifo.putFirst(1);
        lifo.putFirst(2);
        lifo.putFirst(3);
        System.out.println("LIFO  LinkedBlockingDeque as a stack: "
                + lifo.takeFirst() + " " + lifo.takeFirst() + " " + lifo.takeFirst());

        // PRIORITY: queue.PriorityQueue. The order of insertion does not matter, the order of
        // the elements does. (Its iterator and toString() are NOT in priority order: take().)
        BlockingQueue<Job> priority = new PriorityBlockingQueue<>();
        priority.put(new Job(10, "a"));
        priority.put(new Job(5, "b"));
        priority.put(new Job(-2, "c"));
        System.out.println("PRIORITY  PriorityBlockingQueue:");
        while (!priority.isEmpty()) {
            System.out.println(priority.take());
        }

        // Python's put(block=True, timeout=...) raises queue.Full, get(...) raises queue.Empty.
        // Java's timed offer/poll return false/null instead of throwing.
        Duration patience = Pace.scaled(Duration.ofMillis(500));
        fifo.put(1);
        fifo.put(2);
        fifo.put(3);
        boolean accepted = fifo.offer(4, patience.toNanos(), TimeUnit.NANOSECONDS);
        System.out.println("full queue: offer(4) waited 0.5 s and returned " + accepted + " (Python: queue.Full)");
        fifo.clear();
        Integer got = fifo.poll(patience.toNanos(), TimeUnit.NANOSECONDS);
        System.out.println("empty queue: poll() waited 0.5 s and returned " + got + " (Python: queue.Empty)");
    }
}

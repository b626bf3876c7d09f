package course.ch03.s12_queues;

import course.kit.Pace;
import course.kit.Usage;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * §3.12 Queues (队列(推荐使用)) — a bounded blocking queue: put, offer, take, poll.
 *
 * <p><b>The Python original</b> recommends message passing over shared data and shows
 * {@code Queue(3)}: three {@code put}s fill it ({@code full()} is true), three {@code get}s
 * return '1', '2', '3' in order ({@code empty()} is true). {@code put}/{@code get} block when
 * the queue is full/empty, optionally with a timeout (then {@code queue.Full}/{@code queue.Empty});
 * {@code put_nowait}/{@code get_nowait} never block.
 *
 * <p><b>In Java</b> it is an {@link ArrayBlockingQueue} with capacity 3, in one process. The Python names
 * map onto four pairs of methods:
 * <pre>
 *              blocks          gives up after a timeout   never blocks
 * put          put(e)          offer(e, timeout, unit)    offer(e) → false when full
 * get          take()          poll(timeout, unit)        poll()   → null when empty
 * </pre>
 * Instead of raising Full/Empty, the non-blocking forms return false/null. Python's
 * {@code multiprocessing.Queue} works between processes; across JVMs the equivalent is a pipe
 * (see {@link PipeAsQueue}). {@code size()}, {@code isEmpty()} and {@code remainingCapacity()}
 * are only snapshots when other threads use the queue, as Python's docs warn for its queue.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.12}
 *
 * <p><b>Expected</b> (the same on every run):
 * <pre>
 * put '1', '2', '3': size 3, remaining capacity 0 (full)
 * offer('4') on the full queue: false
 * offer('4') waiting up to 1 s: false
 * take() = 1
 * take() = 2
 * take() = 3
 * empty: true
 * poll() on the empty queue: null
 * poll() waiting up to 1 s: null
 * </pre>
 */
public final class BoundedQueue {

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, BoundedQueue.class);
        BlockingQueue<String> queue = new ArrayBlockingQueue<>(3);
        Duration patience = Pace.scaled(Duration.ofSeconds(1));

        // put() blocks while the queue is full; three fit.
        queue.put("1");
        queue.put("2");
        queue.put("3");
        System.out.printf("put '1', '2', '3': size %d, remaining capacity %d%s%n",
                queue.size(), queue.remainingCapacity(), queue.remainingCapacity() == 0 ? " (full)" : "");

        // Python's put_nowait raises queue.Full; offer() says false.
        System.out.println("offer('4') on the full queue: " + queue.offer("4"));
        // Python's put(block=True, timeout=1) raises queue.Full after 1 s; offer with a timeout says false.
        System.out.println("offer('4') waiting up to 1 s: " + queue.offer("4", patience.toNanos(), TimeUnit.NANOSECONDS));

        // take() blocks while the queue is empty; first in, first out.
        for (int i = 0; i < 3; i++) {
            System.out.println("take() = " + queue.take());
        }
        System.out.println("empty: " + queue.isEmpty());

        // Python's get_nowait raises queue.Empty; poll() says null.
        System.out.println("poll() on the empty queue: " + queue.poll());
        System.out.println("poll() waiting up to 1 s: " + queue.poll(patience.toNanos(), TimeUnit.NANOSECONDS));
    }
}

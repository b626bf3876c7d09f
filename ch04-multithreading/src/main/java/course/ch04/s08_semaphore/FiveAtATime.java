package course.ch04.s08_semaphore;

import course.kit.Pace;
import course.kit.Usage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * §4.8 Semaphore (信号量) — at most five of ten threads inside at once.
 *
 * <p><b>The Python original</b> creates {@code Semaphore(5)} and starts more threads than that;
 * each acquires the semaphore, prints that it got in, sleeps, and releases. A semaphore is a
 * counter: {@code acquire} takes one (and blocks at 0, it never goes below), {@code release}
 * gives one back. So the lines appear in groups of at most five. Unlike a pool, which owns a
 * fixed set of worker threads, a semaphore owns no thread at all: it only limits how many of
 * however many threads may be in one place at the same time.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.8}
 *
 * <p><b>Expected</b> (one run: the "got in" lines of each wave come in an order that varies from run
 * to run; with the semaphore they come five, then after a pause the other five, without it all ten
 * at once; every other line is the same in every run):
 * <pre>
 * Semaphore(5), 10 threads:
 *   worker-1 got in
 *   worker-3 got in
 *   worker-4 got in
 *   worker-5 got in
 *   worker-6 got in
 *   worker-2 got in
 *   worker-7 got in
 *   worker-10 got in
 *   worker-8 got in
 *   worker-9 got in
 *   at most 5 threads were inside at once
 * No semaphore, 10 threads:
 *   worker-1 got in
 *   worker-3 got in
 *   worker-4 got in
 *   worker-2 got in
 *   worker-5 got in
 *   worker-6 got in
 *   worker-7 got in
 *   worker-8 got in
 *   worker-9 got in
 *   worker-10 got in
 *   at most 10 threads were inside at once
 * </pre>
 */
public final class FiveAtATime {

    private FiveAtATime() {
    }

    /**
     * Runs {@code threads} threads through a room guarded by {@code Semaphore(permits)} (or by
     * nothing, when {@code permits} is 0) and returns the largest number seen inside at once.
     * Each thread tells {@code say} when it gets in.
     */
    public static int run(int threads, int permits, Consumer<String> say) throws InterruptedException {
        Semaphore semaphore = permits > 0 ? new Semaphore(permits) : null;
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        // Each thread stays in the room until the room has been full once. Without this, a
        // slow start could let the first thread leave before the fifth arrives, and the
        // measured maximum would depend on the scheduler. With it, the demo shows the limit
        // every time — and the semaphore still guarantees that nobody makes it six.
        int capacity = semaphore == null ? threads : Math.min(permits, threads);
        CountDownLatch roomFull = new CountDownLatch(capacity);

        List<Thread> workers = new ArrayList<>();
        for (int i = 1; i <= threads; i++) {
            workers.add(Thread.ofPlatform().name("worker-" + i).start(() -> {
                try {
                    if (semaphore != null) {
                        semaphore.acquire();          // blocks while 0 permits are left
                    }
                    try {
                        // Count ourselves in *after* acquiring and out *before* releasing:
                        // then "inside" can never exceed the number of permits.
                        maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        say.accept("  " + Thread.currentThread().getName() + " got in");
                        roomFull.countDown();
                        roomFull.await();
                        Pace.sleepMillis(1000);       // the original's time.sleep: work inside
                    } finally {
                        inside.decrementAndGet();
                        if (semaphore != null) {
                            semaphore.release();      // always give the permit back
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return maxInside.get();
    }

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, FiveAtATime.class);
        // FIXED: the semaphore keeps the room at five.
        System.out.println("Semaphore(5), 10 threads:");
        System.out.println("  at most " + run(10, 5, System.out::println) + " threads were inside at once");

        // BROKEN (for this purpose): without it, everyone walks in.
        System.out.println("No semaphore, 10 threads:");
        System.out.println("  at most " + run(10, 0, System.out::println) + " threads were inside at once");
    }
}

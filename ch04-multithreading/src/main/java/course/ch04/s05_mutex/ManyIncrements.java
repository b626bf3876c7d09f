package course.ch04.s05_mutex;

import course.kit.Usage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

/**
 * §4.5 Mutex (线程同步(互斥锁)) — a bigger race: many threads, many increments.
 *
 * <p><b>The Python original</b> needs a 0.1 s sleep to make its race show, because the GIL lets
 * only one thread run Python code at a time. Java has no GIL: threads run on all cores at once,
 * and {@code count++} (read, add one, write back: three steps) loses updates without any
 * sleep. This demo lets several threads increment one counter and compares six counters.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.5};
 * or {@code ManyIncrements [THREADS [INCREMENTS]]} (defaults 4 and 100000; THREADS 1..64,
 * INCREMENTS 1..10000000). Anything else gets the usage line on stderr and exit code 2.
 *
 * <p><b>Expected</b> (one run; the two racy counts change from run to run and may be anything up
 * to the expected total, losing many updates, a few, or by luck none; the others are always exact):
 * <pre>
 * 4 threads x 100000 increments each, expected 400000
 * plain int (racy)           387301  lost 12699
 * volatile int (racy)        397705  lost 2295
 * synchronized               400000  lost 0
 * ReentrantLock              400000  lost 0
 * AtomicInteger              400000  lost 0
 * LongAdder                  400000  lost 0
 * </pre>
 */
public final class ManyIncrements {

    static final String USAGE = "usage: ManyIncrements [THREADS (1..64, default 4) [INCREMENTS (1..10000000, default 100000)]]";

    interface Counter {
        void increment();

        long get();
    }

    // BROKEN: count++ is read-add-write; two threads can read the same value and both write it + 1.
    static final class RacyCounter implements Counter {
        private int count;

        public void increment() {
            count++;
        }

        public long get() {
            return count;
        }
    }

    // STILL BROKEN: volatile makes every write visible to every thread at once, but it does
    // not make read-add-write one step. Visibility is not atomicity.
    static final class VolatileCounter implements Counter {
        private volatile int count;

        public void increment() {
            count++;
        }

        public long get() {
            return count;
        }
    }

    static final class SynchronizedCounter implements Counter {
        private int count;

        public synchronized void increment() {
            count++;
        }

        public synchronized long get() {
            return count;
        }
    }

    static final class LockedCounter implements Counter {
        private final ReentrantLock lock = new ReentrantLock();
        private int count;

        public void increment() {
            lock.lock();
            try {
                count++;
            } finally {
                lock.unlock();
            }
        }

        public long get() {
            lock.lock();
            try {
                return count;
            } finally {
                lock.unlock();
            }
        }
    }

    static final class AtomicCounter implements Counter {
        private final AtomicInteger count = new AtomicInteger();

        public void increment() {
            count.incrementAndGet();
        }

        public long get() {
            return count.get();
        }
    }

    // Under heavy contention LongAdder is the fastest: each thread mostly adds to its own cell,
    // and sum() adds the cells up. Made for counters that are written often and read rarely.
    static final class AdderCounter implements Counter {
        private final LongAdder count = new LongAdder();

        public void increment() {
            count.increment();
        }

        public long get() {
            return count.sum();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        int threads;
        int increments;
        try {
            threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
            increments = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        } catch (NumberFormatException e) {
            threads = increments = -1;
        }
        if (args.length > 2 || threads < 1 || threads > 64 || increments < 1 || increments > 10_000_000) {
            Usage.exit(USAGE);
            return;
        }

        long expected = (long) threads * increments;
        System.out.printf("%d threads x %d increments each, expected %d%n", threads, increments, expected);
        report("plain int (racy)", hammer(new RacyCounter(), threads, increments), expected);
        report("volatile int (racy)", hammer(new VolatileCounter(), threads, increments), expected);
        report("synchronized", hammer(new SynchronizedCounter(), threads, increments), expected);
        report("ReentrantLock", hammer(new LockedCounter(), threads, increments), expected);
        report("AtomicInteger", hammer(new AtomicCounter(), threads, increments), expected);
        report("LongAdder", hammer(new AdderCounter(), threads, increments), expected);
    }

    private static void report(String what, long counted, long expected) {
        System.out.printf("%-24s %8d  lost %d%n", what, counted, expected - counted);
    }

    // All threads wait at a start gate and are let go together, so they really overlap
    // instead of the first finishing before the last has started.
    static long hammer(Counter counter, int threads, int increments) throws InterruptedException {
        CountDownLatch startGate = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().start(() -> {
                try {
                    startGate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < increments; i++) {
                    counter.increment();
                }
            }));
        }
        startGate.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        return counter.get();
    }
}

package course.ch04.s05_mutex;

import course.kit.Pace;
import course.kit.Usage;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * §4.5 Mutex (线程同步(互斥锁)) — two threads, one lost update, and three ways to prevent it.
 *
 * <p><b>The Python original</b> starts with {@code n = 100}. Each of two threads reads
 * {@code n} into {@code temp}, sleeps 0.1 s, and writes {@code temp - 1}. Without a lock both
 * read 100 before either writes, so the result is 99, not 98: one update is lost. With a
 * {@code Lock} around read–sleep–write the result is 98. The original also notes that the
 * GIL is no help here (it protects the interpreter, not your data), and that {@code join}
 * right after each {@code start} also gives 98, but by running everything one after the
 * other, where a lock serialises only the critical part.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.5}
 *
 * <p><b>Expected</b> (every line, every run):
 * <pre>
 * no lock, both read before either writes: n = 99
 * synchronized block: n = 98
 * ReentrantLock: n = 98
 * AtomicInteger.decrementAndGet(): n = 98
 * no lock, join after each start: n = 98
 * </pre>
 */
public final class LostUpdate {

    static final int START = 100;

    /** The body of one thread; may throw what blocking calls throw. */
    interface Step {
        void run() throws InterruptedException, BrokenBarrierException;
    }

    // ----- BROKEN: read, pause, write, and nothing stops the other thread in between.
    // The original pauses with sleep(0.1) and hopes the other thread reads meanwhile. A
    // barrier makes that certain: neither thread writes until both have read 100.
    static int unguarded;

    static Step racy(CyclicBarrier bothHaveRead) {
        return () -> {
            int temp = unguarded;
            bothHaveRead.await();
            unguarded = temp - 1;
        };
    }

    // ----- FIX 1: synchronized. Only one thread at a time holds the monitor of `monitor`;
    // the other waits at the opening brace. The pause is inside, and it does not matter.
    static final Object monitor = new Object();
    static int guardedByMonitor;

    static void withSynchronized() throws InterruptedException {
        synchronized (monitor) {
            int temp = guardedByMonitor;
            Pace.sleepMillis(100);
            guardedByMonitor = temp - 1;
        }
    }

    // ----- FIX 2: ReentrantLock, Python's Lock with acquire() = lock() and release() = unlock().
    // lock() just before try, unlock() first in finally: the lock is released even if the
    // critical section throws, and never released if lock() itself did not succeed.
    static final ReentrantLock lock = new ReentrantLock();
    static int guardedByLock;

    static void withReentrantLock() throws InterruptedException {
        lock.lock();
        try {
            int temp = guardedByLock;
            Pace.sleepMillis(100);
            guardedByLock = temp - 1;
        } finally {
            lock.unlock();
        }
    }

    // ----- FIX 3: no lock at all. decrementAndGet() reads, subtracts and writes as one
    // indivisible step (a compare-and-set in the processor), so there is no gap between read
    // and write for another thread to slip into. get() then set() would lose updates again.
    static final AtomicInteger atomic = new AtomicInteger();

    // ----- Serial: correct, but the second thread starts only when the first has finished.
    static int serial;

    static void unguardedWithPause() throws InterruptedException {
        int temp = serial;
        Pace.sleepMillis(100);
        serial = temp - 1;
    }

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, LostUpdate.class);
        unguarded = guardedByMonitor = guardedByLock = serial = START;
        atomic.set(START);

        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        runTwice(racy(bothHaveRead));
        System.out.println("no lock, both read before either writes: n = " + unguarded);

        runTwice(LostUpdate::withSynchronized);
        System.out.println("synchronized block: n = " + guardedByMonitor);

        runTwice(LostUpdate::withReentrantLock);
        System.out.println("ReentrantLock: n = " + guardedByLock);

        runTwice(atomic::decrementAndGet);
        System.out.println("AtomicInteger.decrementAndGet(): n = " + atomic.get());

        for (int i = 0; i < 2; i++) {
            start(LostUpdate::unguardedWithPause).join();
        }
        System.out.println("no lock, join after each start: n = " + serial);
    }

    // Two threads run the same step at the same time; join() makes their writes visible here.
    static void runTwice(Step step) throws InterruptedException {
        Thread first = start(step);
        Thread second = start(step);
        first.join();
        second.join();
    }

    static Thread start(Step step) {
        return Thread.ofPlatform().start(() -> {
            try {
                step.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (BrokenBarrierException e) {
                throw new IllegalStateException("the other thread left the barrier", e);
            }
        });
    }
}

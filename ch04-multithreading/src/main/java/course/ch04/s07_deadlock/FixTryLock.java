package course.ch04.s07_deadlock;

import course.kit.Pace;
import course.kit.Usage;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * §4.7 Deadlock and recursive locks (死锁与递归锁) — fix 3: give up, step back, try again.
 *
 * <p><b>The Python original</b> keeps its two locks in opposite orders in f1 and f2. That
 * deadlocks only because each thread waits for its second lock <em>for ever</em> while holding
 * its first. {@link ReentrantLock#tryLock(long, TimeUnit)} waits a limited time: a thread that
 * cannot get its second lock soon releases its first, backs off for a random moment (so that
 * two threads do not keep colliding in step), and starts again. Python's
 * {@code acquire(timeout=...)} allows the same.
 *
 * <p>Use this when no single lock order is possible; prefer fix 2 when it is. A thread may
 * retry several times, so the work it repeats must be safe to repeat.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.7}
 *
 * <p><b>Expected</b> (the start and the end of one run, which printed a few hundred lines: the order
 * of the threads and how often each backs off vary from run to run; the last line does not):
 * <pre>
 * Thread-1 got A
 * Thread-1 got B
 * Thread-1 got B
 * Thread-2 got A
 * Thread-2 backs off: B is taken, so it releases A and retries
 * Thread-3 got A
 * Thread-3 backs off: B is taken, so it releases A and retries
 * Thread-4 got A
 * Thread-1 backs off: A is taken, so it releases B and retries
 * ...
 * Thread-9 got B
 * Thread-9 got A
 * Thread-9 finished f1 and f2
 * 10 of 10 threads finished f1 and f2: no deadlock
 * </pre>
 */
public final class FixTryLock {

    static final ReentrantLock lockA = new ReentrantLock();
    static final ReentrantLock lockB = new ReentrantLock();
    static final Duration PATIENCE = Duration.ofMillis(50);

    static void f1(String thread) throws InterruptedException {
        lockBoth(thread, lockA, "A", lockB, "B", false);
    }

    static void f2(String thread) throws InterruptedException {
        lockBoth(thread, lockB, "B", lockA, "A", true);
    }

    // Take `first`, then try `second` for a limited time; on failure release `first` and retry.
    // tryLock() returns true only when we got the lock, so try/finally starts after it.
    static void lockBoth(String thread, ReentrantLock first, String firstName,
                         ReentrantLock second, String secondName, boolean pauseInBetween)
            throws InterruptedException {
        while (true) {
            first.lock();
            try {
                System.out.println(thread + " got " + firstName);
                if (pauseInBetween) {
                    Pace.sleepMillis(100);             // the original's sleep between the two locks
                }
                if (second.tryLock(Pace.scaled(PATIENCE).toNanos(), TimeUnit.NANOSECONDS)) {
                    try {
                        System.out.println(thread + " got " + secondName);
                        return;
                    } finally {
                        second.unlock();
                    }
                }
                System.out.println(thread + " backs off: " + secondName + " is taken, so it releases "
                        + firstName + " and retries");
            } finally {
                first.unlock();
            }
            Pace.sleepMillis(ThreadLocalRandom.current().nextInt(1, 50));
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, FixTryLock.class);
        TenThreads.run(FixTryLock::f1, FixTryLock::f2);
    }
}

package course.ch04.s07_deadlock;

import course.kit.Pace;
import course.kit.Usage;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * §4.7 Deadlock and recursive locks (死锁与递归锁) — fix 3: give up, step back, try again.
 *
 * <p><b>The Python original</b> keeps its two locks in opposite orders in f1 and f2. That
 * deadlocks only because each thread waits for its second lock <em>for ever</em> while holding
 * its first. {@link ReentrantLock#tryLock(long, TimeUnit)} waits a limited time: a thread that
 * cannot get its second lock soon releases its first, backs off for a random moment, and starts
 * again. Python's {@code acquire(timeout=...)} allows the same.
 *
 * <p><b>How long to back off</b> is the whole difficulty. f2 holds B through the original's
 * 0.1 s pause, so every f1 that tries meanwhile fails. With short back-offs (a few dozen
 * milliseconds, this demo's first version) the ten threads kept colliding in step, a
 * <em>livelock</em>: at normal pace a run took three minutes and backed off five thousand times.
 * So each thread doubles its back-off after every failure (random, up to 0.2 s, 0.4 s, 0.8 s,
 * then 1.6 s at most): exponential back-off, as Ethernet does after a collision. The threads
 * spread out, and a run takes a few seconds.
 *
 * <p>Use this when no single lock order is possible; prefer fix 2 when it is. A thread may
 * retry several times, so the work it repeats must be safe to repeat. A thread prints its two
 * "got" lines once it holds both locks; the run's first back-off is told, the others are counted,
 * and each thread says how often it backed off when it finishes: 52 lines, however the threads
 * collide.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.7}
 *
 * <p><b>Expected</b> (the start and the end of one run, which took 4 s: the order of the threads and
 * how often each backs off vary from run to run; the number of lines, 52, and the last line do not):
 * <pre>
 * Thread-1 got A
 * Thread-1 got B
 * Thread-2 got A
 * Thread-2 got B
 * Thread-3 got A
 * Thread-3 got B
 * Thread-5 got A, but B is taken: it releases A, backs off and retries (from here on, back-offs are counted, not printed)
 * Thread-6 got A
 * Thread-6 got B
 * ...
 * Thread-8 got B
 * Thread-8 got A
 * Thread-8 finished f1 and f2 after 5 back-offs
 * 10 of 10 threads finished f1 and f2: no deadlock
 * </pre>
 */
public final class FixTryLock {

    static final ReentrantLock lockA = new ReentrantLock();
    static final ReentrantLock lockB = new ReentrantLock();
    static final Duration PATIENCE = Duration.ofMillis(50);
    /** The first back-off is random up to this; each failure doubles it, three times at most. */
    static final Duration FIRST_BACK_OFF = Duration.ofMillis(200);
    private static final int MAX_DOUBLINGS = 3;

    /** How often each thread has backed off, by thread name. */
    private static final Map<String, Integer> backOffs = new ConcurrentHashMap<>();
    /** Whether the run's first back-off has been told. */
    private static final AtomicBoolean firstBackOffTold = new AtomicBoolean();

    static void f1(String thread) throws InterruptedException {
        lockBoth(thread, lockA, "A", lockB, "B", false);
    }

    static void f2(String thread) throws InterruptedException {
        lockBoth(thread, lockB, "B", lockA, "A", true);
    }

    // Take `first`, then try `second` for a limited time; on failure release `first`, back off, retry.
    // tryLock() returns true only when we got the lock, so try/finally starts after it.
    static void lockBoth(String thread, ReentrantLock first, String firstName,
                         ReentrantLock second, String secondName, boolean pauseInBetween)
            throws InterruptedException {
        int failures = 0;
        while (true) {
            first.lock();
            try {
                if (pauseInBetween) {
                    Pace.sleepMillis(100);             // the original's sleep between the two locks
                }
                if (second.tryLock(Pace.scaled(PATIENCE).toNanos(), TimeUnit.NANOSECONDS)) {
                    try {
                        System.out.println(thread + " got " + firstName);
                        System.out.println(thread + " got " + secondName);
                        return;
                    } finally {
                        second.unlock();
                    }
                }
                backOffs.merge(thread, 1, Integer::sum);
                if (firstBackOffTold.compareAndSet(false, true)) {
                    System.out.println(thread + " got " + firstName + ", but " + secondName + " is taken: it releases "
                            + firstName + ", backs off and retries (from here on, back-offs are counted, not printed)");
                }
            } finally {
                first.unlock();
            }
            long limit = FIRST_BACK_OFF.toMillis() << Math.min(failures++, MAX_DOUBLINGS);
            Pace.sleepMillis(ThreadLocalRandom.current().nextLong(1, limit + 1));
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, FixTryLock.class);
        backOffs.clear();
        firstBackOffTold.set(false);
        TenThreads.run(FixTryLock::f1, FixTryLock::f2,
                thread -> {
                    int n = backOffs.getOrDefault(thread, 0);
                    return " after " + n + (n == 1 ? " back-off" : " back-offs");
                });
    }
}

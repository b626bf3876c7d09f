package course.ch04.s07_deadlock;

import course.kit.Pace;
import course.kit.Usage;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * §4.7 Deadlock and recursive locks (死锁与递归锁) — the deadlock, caught and reported.
 *
 * <p><b>The Python original</b> has two locks, A and B, and ten threads that each run
 * {@code f1} (take A, then B) and then {@code f2} (take B, sleep, then take A). Thread-1 gets
 * through f1 and, in f2, holds B while it sleeps; meanwhile Thread-2 enters f1 and takes A.
 * Now Thread-1 waits for A, which Thread-2 holds, and Thread-2 waits for B, which Thread-1
 * holds: neither can go on, and the program hangs for ever.
 *
 * <p>This demo builds exactly that moment with two threads (a latch makes sure both hold their
 * first lock before either asks for the second), then does what Python cannot do out of the
 * box: it asks the JVM. {@link ThreadMXBean#findDeadlockedThreads()} finds threads waiting for
 * each other in a cycle, and {@link ThreadInfo} says which lock each holds and which it wants.
 * The stuck threads are daemons (§4.6), so the program still ends by itself.
 * {@code jstack <pid>} prints the same report for any running JVM.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.7}
 *
 * <p><b>Expected</b> (the first two lines may swap):
 * <pre>
 * Thread-1 got lock B in f2, now asks for lock A
 * Thread-2 got lock A in f1, now asks for lock B
 * ThreadMXBean found 2 deadlocked threads:
 *   Thread-1 (BLOCKED) holds lock B and waits for lock A, held by Thread-2
 *   Thread-2 (BLOCKED) holds lock A and waits for lock B, held by Thread-1
 * Nothing can free them: a thread blocked at synchronized ignores interrupts.
 * They are daemon threads, so the JVM can exit anyway.
 * </pre>
 */
public final class DeadlockDetected {

    /** A lock with a name, so that the report can say "lock A" instead of an address. */
    static final class NamedLock {
        final String name;

        NamedLock(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return "lock " + name;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, DeadlockDetected.class);
        NamedLock lockA = new NamedLock("A");
        NamedLock lockB = new NamedLock("B");
        List<NamedLock> locks = List.of(lockA, lockB);
        CountDownLatch bothHoldOne = new CountDownLatch(2);

        // Thread-1 is in f2 (B, then A); Thread-2 is in f1 (A, then B). The original's sleep
        // in f2 becomes a latch: each waits until the other holds its first lock.
        Thread one = startDaemon("Thread-1", "f2", lockB, lockA, bothHoldOne);
        Thread two = startDaemon("Thread-2", "f1", lockA, lockB, bothHoldOne);

        // Ask the JVM until it sees the cycle (it takes a moment for both to block).
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] deadlocked = awaitDeadlock(mx, one.threadId(), two.threadId());
        if (deadlocked == null) {
            System.out.println("no deadlock found within 10 s");
            return;
        }

        // Ask for the monitors each thread holds (true) and its ownable synchronizers such as
        // ReentrantLock (true): the report covers both kinds of lock.
        ThreadInfo[] infos = mx.getThreadInfo(deadlocked, true, true);
        Arrays.sort(infos, Comparator.comparing(ThreadInfo::getThreadName));
        System.out.println("ThreadMXBean found " + infos.length + " deadlocked threads:");
        for (ThreadInfo info : infos) {
            String holds = Arrays.stream(info.getLockedMonitors())
                    .map(monitor -> nameOf(monitor, locks))
                    .collect(Collectors.joining(", "));
            System.out.printf("  %s (%s) holds %s and waits for %s, held by %s%n",
                    info.getThreadName(), info.getThreadState(), holds,
                    nameOf(info.getLockInfo(), locks), info.getLockOwnerName());
        }
        System.out.println("Nothing can free them: a thread blocked at synchronized ignores interrupts.");
        System.out.println("They are daemon threads, so the JVM can exit anyway.");
    }

    private static Thread startDaemon(String name, String function, NamedLock first, NamedLock second,
                                      CountDownLatch bothHoldOne) {
        return Thread.ofPlatform().name(name).daemon(true).start(() -> {
            synchronized (first) {
                System.out.println(name + " got " + first + " in " + function + ", now asks for " + second);
                bothHoldOne.countDown();
                try {
                    bothHoldOne.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                synchronized (second) {
                    System.out.println(name + " got " + second + ": never printed");
                }
            }
        });
    }

    // The ids of our two threads once the JVM reports both of them deadlocked; null after 10 s.
    static long[] awaitDeadlock(ThreadMXBean mx, long... ours) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            long[] ids = mx.findDeadlockedThreads();   // null while there is none
            if (ids != null && Arrays.stream(ours).allMatch(id -> Arrays.stream(ids).anyMatch(d -> d == id))) {
                return ours;
            }
            Pace.sleepMillis(20);
        }
        return null;
    }

    // The JVM identifies a lock by its class and identity hash code; map that back to our names.
    static String nameOf(LockInfo lock, List<NamedLock> locks) {
        return locks.stream()
                .filter(l -> System.identityHashCode(l) == lock.getIdentityHashCode())
                .map(NamedLock::toString)
                .findFirst()
                .orElse(lock.toString());
    }
}

package course.ch04.s07_deadlock;

import course.kit.Pace;
import course.kit.Usage;

import java.util.concurrent.locks.ReentrantLock;

/**
 * §4.7 Deadlock and recursive locks (死锁与递归锁) — fix 1, the original's: one re-entrant lock.
 *
 * <p><b>The Python original</b> fixes its deadlock with {@code mutexA = mutexB = RLock()}: one
 * lock under two names. An {@code RLock} remembers its owner and counts: the owner may acquire
 * it again (count 2, 3, ...), and it is free only when the count is back to 0. A plain Python
 * {@code Lock} acquired twice by the same thread would block that thread for ever.
 *
 * <p><b>In Java</b> there is nothing to switch to: {@link ReentrantLock} and {@code synchronized} are
 * both re-entrant already, and {@link ReentrantLock#getHoldCount()} shows the count. With only
 * one lock there is no cycle to wait in. The price: f1 and f2 of all ten threads now run one
 * at a time, even the parts that would not touch the same data.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.7}
 *
 * <p><b>Expected</b> (the start and the end of one run, 51 lines in all: every thread prints its
 * four lock lines in this order and then "finished", but which thread goes when varies from run to
 * run, and a "finished" line may come after the next thread's first lines):
 * <pre>
 * Thread-1 got A (hold count 1)
 * Thread-1 got B (hold count 2)
 * Thread-1 got B (hold count 1)
 * Thread-1 got A (hold count 2)
 * Thread-3 got A (hold count 1)
 * Thread-3 got B (hold count 2)
 * Thread-3 got B (hold count 1)
 * Thread-1 finished f1 and f2
 * ...
 * Thread-7 got A (hold count 2)
 * Thread-7 finished f1 and f2
 * 10 of 10 threads finished f1 and f2: no deadlock
 * </pre>
 */
public final class FixOneReentrantLock {

    static final ReentrantLock lock = new ReentrantLock();
    static final ReentrantLock lockA = lock;          // two names, one lock
    static final ReentrantLock lockB = lock;

    static void f1(String thread) {
        lockA.lock();
        try {
            System.out.println(thread + " got A (hold count " + lock.getHoldCount() + ")");
            lockB.lock();                             // already ours: the count goes up to 2
            try {
                System.out.println(thread + " got B (hold count " + lock.getHoldCount() + ")");
            } finally {
                lockB.unlock();
            }
        } finally {
            lockA.unlock();
        }
    }

    static void f2(String thread) throws InterruptedException {
        lockB.lock();
        try {
            System.out.println(thread + " got B (hold count " + lock.getHoldCount() + ")");
            Pace.sleepMillis(100);
            lockA.lock();
            try {
                System.out.println(thread + " got A (hold count " + lock.getHoldCount() + ")");
            } finally {
                lockA.unlock();
            }
        } finally {
            lockB.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, FixOneReentrantLock.class);
        TenThreads.run(FixOneReentrantLock::f1, FixOneReentrantLock::f2);
    }
}

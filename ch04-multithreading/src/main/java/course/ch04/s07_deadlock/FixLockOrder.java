package course.ch04.s07_deadlock;

import course.kit.Pace;
import course.kit.Usage;

import java.util.concurrent.locks.ReentrantLock;

/**
 * §4.7 Deadlock and recursive locks (死锁与递归锁) — fix 2: one global lock order.
 *
 * <p><b>The Python original</b> deadlocks because f1 takes A then B while f2 takes B then A.
 * A cycle of waiting threads needs two threads that take the same locks in opposite orders.
 * Agree on one order for every lock in the program — here: A before B, always — and no cycle
 * can form. Unlike fix 1, the two locks stay separate, so code that needs only one of them
 * does not wait for code that holds the other.
 *
 * <p>When the locks are chosen at run time (two bank accounts, §4.7's exercise), order them by
 * something stable and unique, such as an account number.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.7}
 *
 * <p><b>Expected</b> (the start and the end of one run, 51 lines in all: every thread prints its
 * four lock lines in this order and then "finished", but which thread goes when varies from run to
 * run):
 * <pre>
 * Thread-1 got A
 * Thread-1 got B
 * Thread-1 got A (f2 now takes A first)
 * Thread-1 got B
 * Thread-2 got A
 * Thread-2 got B
 * Thread-2 got A (f2 now takes A first)
 * Thread-2 got B
 * Thread-1 finished f1 and f2
 * ...
 * Thread-9 finished f1 and f2
 * Thread-10 finished f1 and f2
 * 10 of 10 threads finished f1 and f2: no deadlock
 * </pre>
 */
public final class FixLockOrder {

    static final ReentrantLock lockA = new ReentrantLock();
    static final ReentrantLock lockB = new ReentrantLock();

    static void f1(String thread) {
        lockA.lock();
        try {
            System.out.println(thread + " got A");
            lockB.lock();
            try {
                System.out.println(thread + " got B");
            } finally {
                lockB.unlock();
            }
        } finally {
            lockA.unlock();
        }
    }

    // The only change: A before B here too.
    static void f2(String thread) throws InterruptedException {
        lockA.lock();
        try {
            System.out.println(thread + " got A (f2 now takes A first)");
            lockB.lock();
            try {
                System.out.println(thread + " got B");
                Pace.sleepMillis(100);
            } finally {
                lockB.unlock();
            }
        } finally {
            lockA.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, FixLockOrder.class);
        TenThreads.run(FixLockOrder::f1, FixLockOrder::f2);
    }
}

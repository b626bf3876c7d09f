package course.ch04.s05_mutex;

import course.kit.Pace;
import course.kit.Usage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

/**
 * §4.5 Mutex (线程同步(互斥锁)) — the original's missing parentheses: {@code t.join}.
 *
 * <p><b>The Python original</b> (its locked example) waits for its threads with {@code t.join}
 * in a loop. Without {@code ()} that only names the method and never calls it, so the main thread
 * does not wait and prints {@code n} while the threads are still asleep: 100, not the 98 the
 * text promises. With {@code t.join()} it prints 98.
 *
 * <p><b>In Java</b> {@code t.join;} does not compile ("not a statement"), so this exact slip cannot
 * happen. Its Java form is forgetting the {@code join()} line altogether, shown here.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.5}
 *
 * <p><b>Expected</b> (every line, every run):
 * <pre>
 * without join: main prints n = 100
 * after join: main prints n = 98
 * </pre>
 */
public final class ForgotJoin {

    static final ReentrantLock lock = new ReentrantLock();
    static int n;

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, ForgotJoin.class);
        n = 100;
        // In the original the threads are merely slower than main (they sleep 0.1 s). Here they
        // also wait until main has printed, so the run shows the same thing every time.
        CountDownLatch mainHasPrinted = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    mainHasPrinted.await();
                    decrement();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }

        // BROKEN: no join, so main reads n before any thread has written it.
        System.out.println("without join: main prints n = " + n);
        mainHasPrinted.countDown();

        // FIXED: wait for every thread; their writes are then visible to main (§4.4).
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("after join: main prints n = " + n);
    }

    static void decrement() throws InterruptedException {
        lock.lock();
        try {
            int temp = n;
            Pace.sleepMillis(100);
            n = temp - 1;
        } finally {
            lock.unlock();
        }
    }
}

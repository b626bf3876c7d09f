package course.ch04.s07_deadlock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The original's driver, shared by the three fixes: ten threads, each runs f1 and then f2.
 * Not a demo by itself.
 */
final class TenThreads {

    static final int COUNT = 10;

    /** One of the original's two functions, run by the named thread. */
    interface Step {
        void run(String thread) throws InterruptedException;
    }

    private TenThreads() {
    }

    static void run(Step f1, Step f2) throws InterruptedException {
        run(f1, f2, thread -> "");
    }

    /** The same, with {@code note.apply(thread)} at the end of each thread's "finished" line. */
    static void run(Step f1, Step f2, Function<String, String> note) throws InterruptedException {
        AtomicInteger finished = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 1; i <= COUNT; i++) {
            String name = "Thread-" + i;
            threads.add(Thread.ofPlatform().name(name).start(() -> {
                try {
                    f1.run(name);
                    f2.run(name);
                    finished.incrementAndGet();
                    System.out.println(name + " finished f1 and f2" + note.apply(name));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println(finished.get() + " of " + COUNT + " threads finished f1 and f2: no deadlock");
    }
}

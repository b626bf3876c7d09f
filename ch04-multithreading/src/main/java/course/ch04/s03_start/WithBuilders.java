package course.ch04.s03_start;

import course.kit.Usage;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * §4.3 Two ways to start a thread (开线程的两种方式) — Java 21's thread builders.
 *
 * <p><b>The Python original</b> has the two ways above. Java 21 adds a third, which the rest of
 * this chapter uses: {@link Thread#ofPlatform()} and {@link Thread#ofVirtual()} return builders
 * that set a thread's name, daemon flag and so on, then start it with a {@link Runnable}.
 * <ul>
 *   <li>A <b>platform</b> thread is an operating-system thread, as in Python.</li>
 *   <li>A <b>virtual</b> thread is scheduled by the JVM onto a few platform threads; while it
 *       waits (sleep, I/O, a lock) it frees its platform thread for others. Creating a million
 *       is fine. Virtual threads are always daemons (§4.6).</li>
 * </ul>
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.3}
 *
 * <p><b>Expected</b> (every line, every run):
 * <pre>
 * worker-0: virtual=false daemon=false
 * worker-1: virtual=false daemon=true
 * virtual-0: virtual=true daemon=true
 * pool-task: virtual=true daemon=true
 * </pre>
 */
public final class WithBuilders {

    public static void main(String[] args) throws Exception {
        Usage.noArguments(args, WithBuilders.class);
        // A builder can number the threads it makes: name("worker-", 0) gives worker-0, worker-1, ...
        Thread.Builder.OfPlatform platform = Thread.ofPlatform().name("worker-", 0);
        Thread first = platform.start(WithBuilders::describe);
        first.join();
        Thread second = platform.daemon(true).start(WithBuilders::describe);
        second.join();

        Thread virtual = Thread.ofVirtual().name("virtual-", 0).start(WithBuilders::describe);
        virtual.join();

        // The usual way to run many tasks on virtual threads: one new virtual thread per task.
        // try-with-resources closes the executor, which waits for its tasks to finish.
        try (ExecutorService perTask = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("pool-task").factory())) {
            Future<?> done = perTask.submit(WithBuilders::describe);
            done.get();
        }
    }

    private static void describe() {
        Thread me = Thread.currentThread();
        System.out.println(me.getName() + ": virtual=" + me.isVirtual() + " daemon=" + me.isDaemon());
    }
}

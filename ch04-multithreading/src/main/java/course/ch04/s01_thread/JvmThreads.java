package course.ch04.s01_thread;

import course.kit.Usage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * §4.1 What is a thread (什么是线程) — a JVM is never single-threaded.
 *
 * <p><b>The Python original</b> says that every process has at least one thread. A Java
 * program starts with one thread that runs {@code main}, but the JVM starts more of its own
 * at once: reference handling, finalization, signal dispatch, and (not visible as Java
 * threads) garbage collection and the JIT compilers.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.1}
 *
 * <p><b>Expected</b> (one run; the list and the counts depend on the JDK and on how the JVM was
 * started, the peak also on the threads that came and went before):
 * <pre>
 * this code runs in thread 'main'
 * live Java threads in this JVM (7):
 *   daemon  TIMED_WAITING  Common-Cleaner
 *   daemon  WAITING        Finalizer
 *   daemon  RUNNABLE       Notification Thread
 *   daemon  RUNNABLE       Reference Handler
 *   daemon  RUNNABLE       Signal Dispatcher
 *   user    RUNNABLE       main
 *   user    WAITING        worker-1
 * ThreadMXBean: 7 live threads, 5 of them daemons, peak 8
 * the operating system sees 13 threads in /proc/self/task (GC and JIT threads included)
 * </pre>
 */
public final class JvmThreads {

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, JvmThreads.class);
        System.out.println("this code runs in thread '" + Thread.currentThread().getName() + "'");

        // Start one thread of our own and keep it waiting, so that it shows up in the list.
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        Thread worker = Thread.ofPlatform().name("worker-1").start(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        started.await();
        while (worker.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();                    // a moment until it is parked in await()
        }

        // Every live platform thread, with its daemon flag (§4.6) and its state. Virtual threads
        // (§4.3) are not in this list: there may be millions of them.
        var threads = Thread.getAllStackTraces().keySet().stream()
                .sorted(Comparator.comparing(Thread::getName))
                .toList();
        System.out.println("live Java threads in this JVM (" + threads.size() + "):");
        for (Thread t : threads) {
            System.out.printf("  %-6s  %-13s  %s%n", t.isDaemon() ? "daemon" : "user", t.getState(), t.getName());
        }

        // The same facts from the management API, which tools such as jconsole read.
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.printf("ThreadMXBean: %d live threads, %d of them daemons, peak %d%n",
                mx.getThreadCount(), mx.getDaemonThreadCount(), mx.getPeakThreadCount());

        // A platform thread is an operating-system thread. On Linux each one is a directory
        // under /proc/self/task, and the JVM's own GC and compiler threads are there too.
        System.out.println(osThreads());

        release.countDown();
        worker.join();
    }

    static String osThreads() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return "no /proc/self/task here (it exists on Linux only): operating-system thread count not shown";
        }
        try (Stream<Path> list = Files.list(tasks)) {
            return "the operating system sees " + list.count()
                    + " threads in /proc/self/task (GC and JIT threads included)";
        } catch (IOException e) {
            return "cannot read /proc/self/task: " + e.getMessage();
        }
    }
}

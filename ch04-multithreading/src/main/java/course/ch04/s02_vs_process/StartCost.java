package course.ch04.s02_vs_process;

import course.kit.ChildJvm;
import course.kit.Usage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * §4.2 Threads vs processes (线程与进程的区别) — what it costs to start each.
 *
 * <p><b>The Python original</b> compares the two: every program has at least one process and
 * every process at least one thread; threads are finer-grained, share their process's memory
 * and cannot run on their own; threads are cheap to create but harder to manage and protect,
 * processes the other way round.
 *
 * <p><b>In Java</b> this demo measures the "cheap" part. It starts and joins N platform threads (each one an
 * operating-system thread), N virtual threads (Java 21: many virtual threads take turns on a
 * few platform threads) and a few child JVMs (the only way Java runs code in another process),
 * and prints the time per start.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.2};
 * or with your own counts: {@code StartCost [THREADS [JVMS]]} (defaults 1000 and 3; THREADS
 * 1..100000, JVMS 1..20). Anything else (not a number, out of range, a third argument) gets the
 * usage line on stderr and exit code 2.
 *
 * <p><b>Expected</b> (one run on a busy machine with 2 cores; the times differ from machine to
 * machine and from run to run, the proportions hardly: a virtual thread starts many times faster
 * than a platform thread, and a child JVM thousands of times slower):
 * <pre>
 * what                  count    total ms   per start µs
 * platform threads       1000       299.7          299.7
 * virtual threads        1000        13.1           13.1
 * child JVMs                3       359.6       119878.1
 * </pre>
 */
public final class StartCost {

    static final String USAGE = "usage: StartCost [THREADS (1..100000, default 1000) [JVMS (1..20, default 3)]]";

    /** The child JVM's whole program: start, do nothing, exit. */
    public static final class Nothing {
        public static void main(String[] args) {
            Usage.noArguments(args, Nothing.class);
            // The cost measured is the JVM's own start and exit.
        }
    }

    public static void main(String[] args) throws Exception {
        int threads;
        int jvms;
        try {
            threads = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
            jvms = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        } catch (NumberFormatException e) {
            threads = jvms = -1;
        }
        if (args.length > 2 || threads < 1 || threads > 100_000 || jvms < 1 || jvms > 20) {
            Usage.exit(USAGE);
            return;
        }

        // A short warm-up round first, so that loading the classes involved is not billed to
        // the first row.
        startAndJoin(Thread.ofPlatform(), 20);
        startAndJoin(Thread.ofVirtual(), 20);

        System.out.printf("%-18s %8s %11s %14s%n", "what", "count", "total ms", "per start µs");
        row("platform threads", threads, startAndJoin(Thread.ofPlatform(), threads));
        row("virtual threads", threads, startAndJoin(Thread.ofVirtual(), threads));
        row("child JVMs", jvms, startAndWaitForJvms(jvms));
    }

    private static void row(String what, int count, long nanos) {
        System.out.printf("%-18s %8d %11.1f %14.1f%n", what, count, nanos / 1e6, nanos / 1e3 / count);
    }

    // Start all, then join all: the time covers creating, scheduling, running and ending every
    // thread. Each one does a tiny piece of work so that we can check that all of them ran.
    static long startAndJoin(Thread.Builder builder, int count) throws InterruptedException {
        AtomicInteger ran = new AtomicInteger();
        List<Thread> started = new ArrayList<>(count);
        long begin = System.nanoTime();
        for (int i = 0; i < count; i++) {
            started.add(builder.start(ran::incrementAndGet));
        }
        for (Thread t : started) {
            t.join();
        }
        long elapsed = System.nanoTime() - begin;
        if (ran.get() != count) {
            throw new IllegalStateException("only " + ran.get() + " of " + count + " threads ran");
        }
        return elapsed;
    }

    // A process is a whole new JVM: its own memory, its own threads, its own class loading.
    static long startAndWaitForJvms(int count) throws IOException, InterruptedException {
        List<Process> children = new ArrayList<>(count);
        try {
            long begin = System.nanoTime();
            for (int i = 0; i < count; i++) {
                children.add(ChildJvm.builder(Nothing.class)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start());
            }
            for (Process child : children) {
                int exit = child.waitFor();
                if (exit != 0) {
                    throw new IllegalStateException("a child JVM ended with exit code " + exit);
                }
            }
            return System.nanoTime() - begin;
        } finally {
            children.forEach(Process::destroyForcibly);
        }
    }
}

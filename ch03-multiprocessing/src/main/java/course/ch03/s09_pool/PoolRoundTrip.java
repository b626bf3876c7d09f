package course.ch03.s09_pool;

import course.ch03.pool.PoolWorker;
import course.ch03.pool.ProcessPool;
import course.kit.ChildJvm;
import course.kit.Usage;

import java.io.IOException;
import java.util.Arrays;

/**
 * §3.9 Process pool (进程池) — why a pool: a task round trip against starting a process.
 *
 * <p><b>The Python original</b> says that starting many processes slows a program down, so
 * a pool starts a few and reuses them. This demo puts numbers on it.
 *
 * <p><b>In Java</b> the demo sends a trivial task ({@code echo}) to a one-worker pool many times and take
 * the median round trip (submit → worker → reply), then times a worker JVM's whole life (start
 * → hello → exit) a few times.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.9}
 * or with counts: {@code java -cp ... course.ch03.s09_pool.PoolRoundTrip [tasks=200] [jvmStarts=3]}
 *
 * <p><b>Expected</b> (one run on a busy 2-core machine; the figures vary with the machine and its load):
 * <pre>
 * task round trip, 200 echo tasks: median 74 µs, 90th percentile 370 µs
 * worker JVM start to exit, 3 runs: median 259 ms
 * one process start costs as much as about 3480 task round trips
 * </pre>
 */
public final class PoolRoundTrip {

    public static void main(String[] args) throws InterruptedException, IOException {
        if (args.length > 2 || !Arrays.stream(args).allMatch(arg -> arg.matches("[1-9]\\d{0,5}"))) {
            Usage.exit("usage: PoolRoundTrip [tasks, default 200] [JVM starts, default 3] (whole numbers 1..999999)");
            return;
        }
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int jvmStarts = args.length > 1 ? Integer.parseInt(args[1]) : 3;

        long[] roundTrips = new long[tasks];
        try (ProcessPool pool = new ProcessPool(1)) {
            // Warm up both sides first: the first calls include class loading and JIT work.
            for (int i = 0; i < 100; i++) {
                pool.apply("echo", "warm-up");
            }
            for (int i = 0; i < tasks; i++) {
                long start = System.nanoTime();
                pool.apply("echo", "ping");
                roundTrips[i] = System.nanoTime() - start;
            }
        }
        long medianTrip = median(roundTrips);
        System.out.printf("task round trip, %d echo tasks: median %d µs, 90th percentile %d µs%n",
                tasks, medianTrip / 1_000, percentile(roundTrips, 90) / 1_000);

        // A worker's whole life: start, say hello, find stdin closed, exit.
        long[] lifetimes = new long[jvmStarts];
        for (int i = 0; i < lifetimes.length; i++) {
            long start = System.nanoTime();
            Process worker = new ProcessBuilder(ChildJvm.command(PoolWorker.class))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            worker.getOutputStream().close();              // no tasks: the worker ends at once
            worker.waitFor();
            lifetimes[i] = System.nanoTime() - start;
        }
        long medianStart = median(lifetimes);
        System.out.printf("worker JVM start to exit, %d runs: median %d ms%n", lifetimes.length, medianStart / 1_000_000);
        System.out.printf("one process start costs as much as about %d task round trips%n",
                medianStart / Math.max(1, medianTrip));
    }

    private static long median(long[] values) {
        return percentile(values, 50);
    }

    private static long percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }
}

package course.ch02.s03_parallelism;

import course.kit.Usage;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * §2.3 Concurrency vs parallelism (并发与并行) — parallelism measured: one CPU-bound job on
 * 1, 2, … N threads.
 *
 * <p><b>The Python original</b> defines parallelism as activities running at the same instant
 * on several CPUs. In CPython, threads cannot do that for Python code: the global interpreter
 * lock (GIL) lets one thread at a time run bytecode, so a CPU-bound job is no faster on two
 * threads (measured on a 2-core machine: 1.02×).
 *
 * <p><b>In Java</b> there is no GIL: Java threads are OS threads that run Java code on all cores
 * at once. This demo shows it with a number.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch02-concepts compile exec:exec -Dsection=2.3};
 * arguments {@code [LIMIT [MAX_THREADS]]} (default 5000000 and the number of processors, at least 2 and at most 64;
 * LIMIT from 2 to 100000000, MAX_THREADS from 1 to 64, one thread per chunk at most). Anything
 * else ends with a {@code usage:} line and exit code 2.
 *
 * <p>Besides the speedup, the table shows how many cores were busy on average (CPU time used
 * divided by wall time): on two idle cores, two threads keep about 2.0 busy. The figures are
 * only as good as the machine is quiet: when other programs use the cores (load average at or
 * above the number of processors) the demo says so.
 *
 * <p><b>Expected</b> (a run on 2 idle cores; the load, the times, the speedups and the cores busy
 * are the machine's and the moment's, and a busy machine gets one more line that says so):
 * <pre>
 * CPU-bound job: count the primes below 5000000 by trial division, in 64 chunks.
 * This machine: 2 processors, load average 0.35. Time is the best of 3 runs.
 * threads  time (ms)  speedup  efficiency  cores busy  primes found
 *       1        591    1.00x        100%         1.0        348513
 *       2        302    1.96x         98%         2.0        348513
 * Java threads run in parallel on separate cores: there is no GIL.
 * On 2 threads the job ran 1.96x as fast as on 1 thread (Python threads on such a job: about 1.0x).
 * </pre>
 */
public final class SpeedupMeasurement {

    static final int CHUNKS = 64;
    static final int REPEATS = 3;
    static final int MAX_LIMIT = 100_000_000;
    static final String USAGE = "usage: SpeedupMeasurement [LIMIT [MAX_THREADS]]   (LIMIT 2 to " + MAX_LIMIT
            + ", MAX_THREADS 1 to " + CHUNKS + ")";

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        int processors = Runtime.getRuntime().availableProcessors();
        int limit;
        int maxThreads;
        try {
            limit = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
            maxThreads = args.length > 1 ? Integer.parseInt(args[1]) : Math.min(CHUNKS, Math.max(2, processors));
        } catch (NumberFormatException e) {
            limit = -1;
            maxThreads = -1;
        }
        // Bounded above too: a larger limit would overflow the chunk arithmetic (and take hours),
        // and more threads than chunks would find nothing to do.
        if (args.length > 2 || limit < 2 || limit > MAX_LIMIT || maxThreads < 1 || maxThreads > CHUNKS) {
            Usage.exit(USAGE);
            return;
        }

        System.out.printf("CPU-bound job: count the primes below %d by trial division, in %d chunks.%n", limit, CHUNKS);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf("This machine: %d processors, %s. Time is the best of %d runs.%n", processors,
                load < 0 ? "load average not available" : String.format(Locale.ROOT, "load average %.2f", load), REPEATS);
        countPrimes(limit, maxThreads);               // warm-up: let the JIT compile the loop first

        System.out.println("threads  time (ms)  speedup  efficiency  cores busy  primes found");
        long oneThreadNanos = 0;
        double lastSpeedup = 1;
        for (int threads = 1; threads <= maxThreads; threads++) {
            Run best = null;
            for (int run = 0; run < REPEATS; run++) {
                Run measured = Run.of(limit, threads);
                if (best == null || measured.wallNanos() < best.wallNanos()) {
                    best = measured;
                }
            }
            if (threads == 1) {
                oneThreadNanos = best.wallNanos();
            }
            // Speedup = T(1) / T(n); efficiency = speedup / n, the share of each thread that was useful.
            // Cores busy = CPU time used / wall time: how many threads were running at once, on average.
            lastSpeedup = (double) oneThreadNanos / best.wallNanos();
            System.out.println(String.format(Locale.ROOT, "%7d  %9d  %6.2fx  %9.0f%%  %10.1f  %12d",
                    threads, best.wallNanos() / 1_000_000, lastSpeedup, 100 * lastSpeedup / threads,
                    best.coresBusy(), best.primes()));
        }
        System.out.println("Java threads run in parallel on separate cores: there is no GIL.");
        System.out.println(String.format(Locale.ROOT,
                "On %d threads the job ran %.2fx as fast as on 1 thread (Python threads on such a job: about 1.0x).",
                maxThreads, lastSpeedup));
        if (load >= processors) {
            System.out.println("The load average was at least the number of processors: other programs were using the"
                    + " cores too, so the speedup is lower than this machine can give. Run it again when it is idle.");
        }
    }

    /** One timed run: wall time, CPU time this process used meanwhile, and the result. */
    record Run(long wallNanos, long cpuNanos, long primes) {
        static Run of(int limit, int threads) throws InterruptedException, ExecutionException {
            long cpuBefore = processCpuNanos();
            long start = System.nanoTime();
            long primes = countPrimes(limit, threads);
            long wall = System.nanoTime() - start;
            return new Run(wall, processCpuNanos() - cpuBefore, primes);
        }

        double coresBusy() {
            return (double) cpuNanos / wallNanos;
        }

        /** CPU time of the whole process so far (0 where the OS does not say). */
        static long processCpuNanos() {
            return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        }
    }

    /** Counts the primes below {@code limit} with {@code threads} threads sharing the chunks. */
    static long countPrimes(int limit, int threads) throws InterruptedException, ExecutionException {
        // Many small chunks, not one per thread: larger numbers cost more to test, and small
        // chunks let a thread that finishes early take more work.
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Long>> parts = new ArrayList<>();
            int chunk = (limit + CHUNKS - 1) / CHUNKS;
            for (int from = 0; from < limit; from += chunk) {
                int start = from;
                int end = Math.min(limit, from + chunk);
                parts.add(pool.submit(() -> countPrimesIn(start, end)));
            }
            long total = 0;
            for (Future<Long> part : parts) {
                total += part.get();
            }
            return total;
        }
    }

    static long countPrimesIn(int from, int to) {
        long count = 0;
        for (int n = from; n < to; n++) {
            if (isPrime(n)) {
                count++;
            }
        }
        return count;
    }

    static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        if (n % 2 == 0) {
            return n == 2;
        }
        for (int d = 3; (long) d * d <= n; d += 2) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }
}

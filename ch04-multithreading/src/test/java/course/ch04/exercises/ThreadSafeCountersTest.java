package course.ch04.exercises;

import course.ch04.exercises.ThreadSafeCounters.AtomicCounter;
import course.ch04.exercises.ThreadSafeCounters.Counter;
import course.ch04.exercises.ThreadSafeCounters.LockCounter;
import course.ch04.exercises.ThreadSafeCounters.SynchronizedCounter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

@DisplayName("Exercise 4.5 · ThreadSafeCounters")
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ThreadSafeCountersTest {

    static final int THREADS = 8;
    static final int PER_THREAD = 50_000;

    static Stream<Named<Supplier<Counter>>> counters() {
        return Stream.of(
                Named.of("SynchronizedCounter", SynchronizedCounter::new),
                Named.of("LockCounter", LockCounter::new),
                Named.of("AtomicCounter", AtomicCounter::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counters")
    @DisplayName("starts at 0 and counts calls from one thread")
    void countsOneThread(Supplier<Counter> newCounter) {
        Counter counter = newCounter.get();
        assertThat(counter.get()).as("a new counter").isZero();
        assertThat(counter.incrementAndGet()).as("first incrementAndGet()").isEqualTo(1);
        assertThat(counter.incrementAndGet()).as("second incrementAndGet()").isEqualTo(2);
        counter.add(10);
        counter.add(0);
        assertThat(counter.get()).as("after two increments, add(10) and add(0)").isEqualTo(12);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counters")
    @DisplayName("a negative delta is rejected with a message naming it, and nothing is added")
    void rejectsNegativeDelta(Supplier<Counter> newCounter) {
        Counter counter = newCounter.get();
        counter.add(5);
        assertThatThrownBy(() -> counter.add(-3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-3");
        assertThat(counter.get()).as("value after the rejected add(-3)").isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counters")
    @DisplayName("8 threads incrementing at once: every value 1..400000 is returned exactly once")
    void incrementAndGetNeverRepeatsAValue(Supplier<Counter> newCounter) throws Exception {
        Counter counter = newCounter.get();
        List<long[]> returned = runTogether(THREADS, worker -> () -> {
            long[] values = new long[PER_THREAD];
            for (int i = 0; i < PER_THREAD; i++) {
                values[i] = counter.incrementAndGet();
            }
            return values;
        });

        // Checked here, on the test thread, after every worker has finished.
        int total = THREADS * PER_THREAD;
        BitSet seen = new BitSet(total + 1);
        long repeated = 0;
        for (long[] values : returned) {
            for (long v : values) {
                assertThat(v).as("a value returned by incrementAndGet()").isBetween(1L, (long) total);
                if (seen.get((int) v)) {
                    repeated++;
                }
                seen.set((int) v);
            }
        }
        assertThat(repeated).as("values that incrementAndGet() returned to two callers: two threads "
                + "read the same count, so an increment was lost").isZero();
        assertThat(counter.get()).as("get() after %d x %d increments", THREADS, PER_THREAD).isEqualTo(total);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counters")
    @DisplayName("increments and adds from many threads are all counted, and a reader never sees the value go down")
    void mixedCallsAreAllCounted(Supplier<Counter> newCounter) throws Exception {
        Counter counter = newCounter.get();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Long> drops = runTogether(THREADS + 1, worker -> () -> {
            if (worker == THREADS) {
                // The reader: get() must never return less than an earlier get() did.
                long last = 0;
                long readings = 0;
                while (writing.get() || readings == 0) {
                    long now = counter.get();
                    if (now < last) {
                        return now - last;
                    }
                    last = now;
                    readings++;
                }
                return 0L;
            }
            try {
                for (int i = 0; i < PER_THREAD; i++) {
                    if (worker % 2 == 0) {
                        counter.incrementAndGet();
                    } else {
                        counter.add(3);
                    }
                }
            } finally {
                if (worker == THREADS - 1) {
                    writing.set(false);
                }
            }
            return 0L;
        });
        assertThat(drops.getLast()).as("how far the value went down between two get() calls").isZero();
        long expected = (long) THREADS / 2 * PER_THREAD + (long) THREADS / 2 * PER_THREAD * 3;
        assertThat(counter.get()).as("4 threads x %d increments and 4 threads x %d add(3)", PER_THREAD, PER_THREAD)
                .isEqualTo(expected);
    }

    /** Starts the tasks on daemon threads that all wait at one start gate, and returns their results. */
    private static <T> List<T> runTogether(int threads, IntFunction<Callable<T>> task) throws Exception {
        CyclicBarrier startGate = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<T> body = task.apply(i);
                futures.add(pool.submit(() -> {
                    startGate.await();
                    return body.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                try {
                    results.add(futures.get(i).get(15, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    fail("worker thread " + i + " failed: " + e.getCause(), e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

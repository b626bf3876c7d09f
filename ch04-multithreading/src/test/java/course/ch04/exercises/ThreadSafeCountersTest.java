package course.ch04.exercises;

import course.ch04.exercises.ThreadSafeCounters.AtomicCounter;
import course.ch04.exercises.ThreadSafeCounters.Counter;
import course.ch04.exercises.ThreadSafeCounters.LockCounter;
import course.ch04.exercises.ThreadSafeCounters.SynchronizedCounter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Exercise 4.5 · ThreadSafeCounters (easy)")
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ThreadSafeCountersTest {

    /** The shortest time the workers of a concurrent test keep calling; see {@link Race}. */
    static final Duration RACE = Duration.ofMillis(100);
    /** Orders of the threads' steps the model check tries; see {@link ModelCheck}. */
    static final int ORDERS = 30;

    // Lambdas, not constructor references (SynchronizedCounter::new): a constructor reference creates
    // the counter in a class the JVM makes at run time, which the model checker cannot look into, and
    // it then never sees the counter's fields shared between threads.
    static Stream<Named<Supplier<Counter>>> counters() {
        return Stream.of(
                Named.of("SynchronizedCounter", () -> new SynchronizedCounter()),
                Named.of("LockCounter", () -> new LockCounter()),
                Named.of("AtomicCounter", () -> new AtomicCounter()));
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
    @DisplayName("8 threads calling incrementAndGet() and add(3) at once: every call is counted, and a reader never sees the value go down")
    void everyCallIsCounted(Supplier<Counter> newCounter) throws Exception {
        Counter counter = newCounter.get();
        int writers = 8;
        AtomicInteger writing = new AtomicInteger(writers);
        // Workers 0..7 write and return how many calls they made; worker 8 reads and returns
        // the biggest drop it saw between two get() calls.
        Race race = new Race(writers + 1, RACE);
        List<Long> results = race.run(worker -> () -> {
            if (worker == writers) {
                long last = 0;
                long biggestDrop = 0;
                while (writing.get() > 0) {
                    long now = counter.get();
                    biggestDrop = Math.max(biggestDrop, last - now);
                    last = now;
                }
                return biggestDrop;
            }
            long calls = 0;
            try {
                do {
                    for (int i = 0; i < 256; i++) {
                        if (worker % 2 == 0) {
                            counter.incrementAndGet();
                        } else {
                            counter.add(3);
                        }
                    }
                    calls += 256;
                } while (race.keepGoing(worker));
            } finally {
                writing.decrementAndGet();
            }
            return calls;
        });

        // Checked here, on the test thread, after every worker has finished.
        long expected = 0;
        for (int worker = 0; worker < writers; worker++) {
            expected += (worker % 2 == 0 ? 1 : 3) * results.get(worker);
        }
        assertThat(counter.get()).as("get() after the calls of 8 threads (increments lost if smaller)").isEqualTo(expected);
        assertThat(results.get(writers)).as("how far the value went down between two get() calls").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counters")
    @DisplayName("4 threads calling incrementAndGet() at once: each value 1..n is returned exactly once")
    void incrementAndGetNeverRepeatsAValue(Supplier<Counter> newCounter) throws Exception {
        Counter counter = newCounter.get();
        Race race = new Race(4, RACE);
        // Each worker returns {calls, sum of the values it got, sum of their squares, times a value
        // was not bigger than the one before}. Sums wrap around; so do the expected sums below.
        List<long[]> returned = race.run(worker -> () -> {
            long calls = 0;
            long sum = 0;
            long squares = 0;
            long notIncreasing = 0;
            long previous = 0;
            do {
                for (int i = 0; i < 256; i++) {
                    long value = counter.incrementAndGet();
                    if (value <= previous) {
                        notIncreasing++;
                    }
                    previous = value;
                    sum += value;
                    squares += value * value;
                }
                calls += 256;
            } while (race.keepGoing(worker));
            return new long[] {calls, sum, squares, notIncreasing};
        });

        long n = returned.stream().mapToLong(r -> r[0]).sum();
        assertThat(counter.get()).as("get() after %d calls of incrementAndGet() (increments lost if smaller)", n)
                .isEqualTo(n);
        assertThat(returned.stream().mapToLong(r -> r[3]).sum())
                .as("times a thread got a value not bigger than its previous one").isZero();
        // The values 1..n, each exactly once, have these two sums; a repeated value (and a
        // missing one) changes them.
        BigInteger big = BigInteger.valueOf(n);
        long expectedSum = big.multiply(big.add(BigInteger.ONE)).shiftRight(1).longValue();
        long expectedSquares = big.multiply(big.add(BigInteger.ONE)).multiply(big.shiftLeft(1).add(BigInteger.ONE))
                .divide(BigInteger.valueOf(6)).longValue();
        assertThat(returned.stream().mapToLong(r -> r[1]).sum())
                .as("sum of all values returned: not 1 + 2 + ... + %d, so some value was returned twice", n)
                .isEqualTo(expectedSum);
        assertThat(returned.stream().mapToLong(r -> r[2]).sum())
                .as("sum of the squares of all values returned: some value was returned twice")
                .isEqualTo(expectedSquares);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counters")
    @Tag("model-check")
    @DisplayName("model check: one thread calls incrementAndGet(), another incrementAndGet() then add(2); in every order tried they get different values and the count ends at 4")
    @Timeout(60)
    void everyOrderOfTwoThreads(Supplier<Counter> newCounter) {
        String name = newCounter.get().getClass().getSimpleName();
        ModelCheck.everyOrder("4.5 · ThreadSafeCounters (" + name + ")",
                "thread 1 calls incrementAndGet(), thread 2 incrementAndGet() and then add(2), at the same time: "
                        + "the two calls of incrementAndGet() return different values and get() is 4 at the end.",
                ORDERS, () -> {
                    Counter counter = newCounter.get();
                    long[] got = new long[2];
                    ModelCheck.inParallel(new Object[] {counter, got},
                            () -> got[0] = counter.incrementAndGet(),
                            () -> {
                                got[1] = counter.incrementAndGet();
                                counter.add(2);
                            });
                    long total = counter.get();
                    ModelCheck.check(got[0] != got[1], "both threads got " + got[0] + " from incrementAndGet(): a doubled count");
                    ModelCheck.check(total == 4, "get() at the end was " + total + ", not 4: "
                            + (total < 4 ? "an update was lost" : "an update was counted twice"));
                });
    }

    @ParameterizedTest(name = "{0}", quoteTextArguments = false)
    @ValueSource(strings = {"SynchronizedCounter", "LockCounter", "AtomicCounter"})
    @Tag("visibility")
    @DisplayName("a thread that waits in a loop for get() to change sees the increment of another thread")
    void getSeesAnotherThreadsIncrement(String counter) throws Exception {
        Visibility.assertWaitingThreadSees(counter, counter + ": another thread called incrementAndGet()");
    }
}

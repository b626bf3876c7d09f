package course.ch04.exercises;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@DisplayName("Exercise 4.4 · ParallelSum (medium)")
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ParallelSumTest {

    /**
     * The term function the tests pass in. It counts how often each index is asked for, notes
     * which threads ask, and makes each thread's first call wait until every slice has started:
     * slices that run one after the other, not at the same time, fail with a clear message.
     */
    static final class Recorder implements IntToLongFunction {
        final AtomicIntegerArray calls;
        final Set<Thread> threads = ConcurrentHashMap.newKeySet();
        final ThreadLocal<Boolean> startedHere = ThreadLocal.withInitial(() -> false);
        final CyclicBarrier allSlicesStarted;
        final IntToLongFunction value;
        final int expectedThreads;

        Recorder(int count, int expectedThreads, IntToLongFunction value) {
            this.calls = new AtomicIntegerArray(count);
            this.allSlicesStarted = new CyclicBarrier(expectedThreads);
            this.expectedThreads = expectedThreads;
            this.value = value;
        }

        @Override
        public long applyAsLong(int index) {
            if (index < 0 || index >= calls.length()) {
                throw new AssertionError("term(" + index + ") asked for, but only 0.." + (calls.length() - 1) + " exist");
            }
            calls.incrementAndGet(index);
            if (!startedHere.get()) {
                startedHere.set(true);
                threads.add(Thread.currentThread());
                try {
                    allSlicesStarted.await(5, TimeUnit.SECONDS);
                } catch (TimeoutException | BrokenBarrierException e) {
                    throw new IllegalStateException("the slices did not run at the same time: within 5 s only "
                            + threads.size() + " of " + expectedThreads + " threads had started on their first term");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the other slices", e);
                }
            }
            return value.applyAsLong(index);
        }

        void assertEveryIndexOnceOnWorkers(Thread caller) {
            for (int i = 0; i < calls.length(); i++) {
                assertThat(calls.get(i)).as("how many times term(%d) was computed", i).isEqualTo(1);
            }
            assertThat(threads).as("threads that computed terms").doesNotContain(caller).hasSize(expectedThreads);
            assertThreadsEnd();
        }

        void assertThreadsEnd() {
            await("every thread sum() started has ended").atMost(Duration.ofSeconds(5))
                    .until(() -> threads.stream().noneMatch(Thread::isAlive));
        }
    }

    @Test
    @DisplayName("sums 1 + 2 + ... + 200000 on 4 threads, each term computed once, by the workers")
    void sumsOnFourThreads() {
        Recorder term = new Recorder(200_000, 4, i -> i + 1L);
        assertThat(ParallelSum.sum(200_000, term, 4)).isEqualTo(20_000_100_000L);
        term.assertEveryIndexOnceOnWorkers(Thread.currentThread());
    }

    @Test
    @DisplayName("10 terms on 3 threads: slices of unequal size still cover every index once")
    void unevenSlices() {
        Recorder term = new Recorder(10, 3, i -> (long) i * i);
        assertThat(ParallelSum.sum(10, term, 3)).as("0² + 1² + ... + 9²").isEqualTo(285);
        term.assertEveryIndexOnceOnWorkers(Thread.currentThread());
    }

    @Test
    @DisplayName("3 terms on 8 threads: only 3 threads are used")
    void moreThreadsThanTerms() {
        Recorder term = new Recorder(3, 3, i -> 10L * (i + 1));
        assertThat(ParallelSum.sum(3, term, 8)).isEqualTo(60);
        term.assertEveryIndexOnceOnWorkers(Thread.currentThread());
    }

    @Test
    @DisplayName("with 1 thread the work still runs on a new thread, not on the caller")
    void oneThread() {
        Recorder term = new Recorder(1000, 1, i -> -i);
        assertThat(ParallelSum.sum(1000, term, 1)).isEqualTo(-499_500);
        term.assertEveryIndexOnceOnWorkers(Thread.currentThread());
    }

    @Test
    @DisplayName("no terms: the sum is 0 and term is never called")
    void noTerms() {
        IntToLongFunction never = i -> {
            throw new AssertionError("term(" + i + ") called, but count is 0");
        };
        assertThat(ParallelSum.sum(0, never, 4)).isZero();
    }

    @Test
    @DisplayName("an exception thrown by a term reaches the caller unchanged, after every thread has ended")
    void termFailure() {
        IllegalStateException boom = new IllegalStateException("term 777 failed");
        Recorder term = new Recorder(1000, 4, i -> {
            if (i == 777) {
                throw boom;
            }
            return i;
        });
        assertThatThrownBy(() -> ParallelSum.sum(1000, term, 4)).isSameAs(boom);
        term.assertThreadsEnd();
    }

    @Test
    @DisplayName("a negative count, fewer than 1 thread or a null term are rejected, naming what is wrong")
    void rejectsBadArguments() {
        assertThatThrownBy(() -> ParallelSum.sum(-1, i -> i, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count");
        assertThatThrownBy(() -> ParallelSum.sum(10, i -> i, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
        assertThatThrownBy(() -> ParallelSum.sum(10, null, 2))
                .isInstanceOf(NullPointerException.class);
    }
}

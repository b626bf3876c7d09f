package course.ch04.exercises;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@DisplayName("Exercise 4.8 · ConcurrencyLimiter (easy)")
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ConcurrencyLimiterTest {

    /** Orders of the threads' steps the model check tries; see {@link ModelCheck}. */
    static final int ORDERS = 30;

    /** Daemon worker threads, remembered so that the test can look at their states. */
    private final List<Thread> workers = new CopyOnWriteArrayList<>();
    private final ExecutorService pool = Executors.newCachedThreadPool(runnable -> {
        Thread thread = Thread.ofPlatform().daemon().name("worker-" + workers.size()).unstarted(runnable);
        workers.add(thread);
        return thread;
    });

    @AfterEach
    void stopWorkers() {
        pool.shutdownNow();
    }

    /** Every worker is parked (waiting for a place, or for the test to let it go) or blocked. */
    private void awaitAllWorkersStuck(int count) {
        await().atMost(Duration.ofSeconds(5)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> workers.size() == count && workers.stream().allMatch(t -> switch (t.getState()) {
                    case WAITING, TIMED_WAITING, BLOCKED -> true;
                    default -> false;
                }));
    }

    @ParameterizedTest(name = "limit {0}")
    @ValueSource(ints = {0, -3})
    @DisplayName("a limit below 1 is rejected, naming the value")
    void rejectsBadLimit(int limit) {
        assertThatThrownBy(() -> new ConcurrencyLimiter(limit))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(limit));
    }

    @Test
    @DisplayName("a null task is rejected")
    void rejectsNullTask() {
        assertThatThrownBy(() -> new ConcurrencyLimiter(1).call(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("call runs the task on the calling thread and returns its result")
    void returnsResult() throws Exception {
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(2);
        assertThat(limiter.available()).isEqualTo(2);
        Thread caller = Thread.currentThread();
        assertThat(limiter.call(() -> Thread.currentThread() == caller ? "same thread" : "other thread"))
                .isEqualTo("same thread");
        assertThat(limiter.available()).as("places after the task").isEqualTo(2);
    }

    @Test
    @DisplayName("with limit 3, ten callers: exactly three run at once, the others wait, all finish")
    void atMostThreeAtOnce() throws Exception {
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(3);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        CountDownLatch letGo = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int id = i;
            results.add(pool.submit(() -> limiter.call(() -> {
                maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                try {
                    letGo.await(10, TimeUnit.SECONDS);
                    return id;
                } finally {
                    inside.decrementAndGet();
                }
            })));
        }
        // When all ten are stuck, three are inside (waiting for letGo) and seven wait for a place.
        awaitAllWorkersStuck(10);
        assertThat(inside.get()).as("tasks running at the same time").isEqualTo(3);
        assertThat(limiter.available()).as("places left while three run").isZero();
        letGo.countDown();
        for (int i = 0; i < 10; i++) {
            assertThat(results.get(i).get(5, TimeUnit.SECONDS)).isEqualTo(i);
        }
        assertThat(maxInside.get()).as("most tasks ever running at once").isEqualTo(3);
        assertThat(limiter.available()).isEqualTo(3);
    }

    @Test
    @DisplayName("many short tasks from eight threads: never more than two at once, none lost")
    void stress() throws Exception {
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(2);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            results.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 2_000; i++) {
                    limiter.call(() -> {
                        maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.onSpinWait();
                        inside.decrementAndGet();
                        return done.incrementAndGet();
                    });
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> result : results) {
            result.get(8, TimeUnit.SECONDS);
        }
        assertThat(maxInside.get()).as("most tasks ever running at once").isLessThanOrEqualTo(2);
        assertThat(done.get()).isEqualTo(8 * 2_000);
    }

    @Test
    @DisplayName("a task that throws gives its place back, and its exception reaches the caller unchanged")
    void failureFreesThePlace() throws Exception {
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(1);
        IOException checked = new IOException("disk on fire");
        // On a worker, with a time limit: if a failed task kept its place, the next call would
        // wait for ever.
        Future<?> failures = pool.submit(() -> {
            assertThatThrownBy(() -> limiter.call(() -> {
                throw checked;
            })).isSameAs(checked);
            assertThatThrownBy(() -> limiter.call(() -> {
                throw new IllegalStateException("bad state");
            })).isInstanceOf(IllegalStateException.class).hasMessage("bad state");
            return limiter.call(() -> 42);
        });
        assertThat(failures.get(5, TimeUnit.SECONDS)).as("a call after two failed tasks").isEqualTo(42);
        assertThat(limiter.available()).as("places after the failed tasks").isEqualTo(1);
    }

    @Test
    @DisplayName("a caller interrupted while waiting gets InterruptedException and takes no place")
    void interruptedWaiter() throws Exception {
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(1);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        Future<String> holder = pool.submit(() -> limiter.call(() -> {
            holding.countDown();
            letGo.await(10, TimeUnit.SECONDS);
            return "held";
        }));
        // Only once the holder is inside does the waiter start: it must wait, on the second thread.
        assertThat(holding.await(5, TimeUnit.SECONDS)).as("the first task got in").isTrue();
        Future<String> waiter = pool.submit(() -> limiter.call(() -> "got in"));
        awaitAllWorkersStuck(2);
        assertThat(waiter.isDone()).as("the second call returned while the only place was taken").isFalse();
        workers.get(1).interrupt();
        assertThatThrownBy(() -> waiter.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(InterruptedException.class);
        letGo.countDown();
        assertThat(holder.get(5, TimeUnit.SECONDS)).isEqualTo("held");
        assertThat(limiter.available()).as("places once everything is over").isEqualTo(1);
    }

    /** Tasks running at the moment, and the most ever; plain fields on purpose: only the limiter guards them. */
    private static final class Running {
        int now;
        int most;

        <T> T inside(java.util.concurrent.Callable<T> task) throws Exception {
            now++;
            most = Math.max(most, now);
            try {
                return task.call();
            } finally {
                now--;
            }
        }
    }

    @Test
    @Tag("model-check")
    @DisplayName("model check: limit 1, three callers, one task throws: in every order tried never two tasks at once, the exception reaches its caller, and the place comes back")
    @Timeout(60)
    void everyOrderOfThreeCallers() {
        ModelCheck.everyOrder("4.8 · ConcurrencyLimiter",
                "with a limit of 1, three threads call at the same time and one task throws IOException: only one task "
                        + "runs at a time, the IOException comes out of that call, all three finish, and available() is 1 at the end.",
                ORDERS, () -> {
                    ConcurrencyLimiter limiter = new ConcurrencyLimiter(1);
                    Running running = new Running();
                    ModelCheck.inParallel(new Object[] {limiter, running},
                            () -> {
                                try {
                                    limiter.call(() -> running.inside(() -> {
                                        throw new IOException("task failed");
                                    }));
                                    ModelCheck.check(false, "call() returned normally, though its task threw IOException");
                                } catch (IOException expected) {
                                    // the task's own exception comes out of call(): right
                                }
                            },
                            () -> limiter.call(() -> running.inside(() -> "ok")),
                            () -> limiter.call(() -> running.inside(() -> "ok")));
                    int available = limiter.available();
                    ModelCheck.check(running.most == 1, running.most + " tasks ran at the same time with a limit of 1");
                    ModelCheck.check(available == 1, "available() at the end was " + available + ", not 1");
                });
    }

    @Test
    @Tag("visibility")
    @DisplayName("a thread that waits in a loop for available() to change sees the place another thread gave back")
    void availableSeesAPlaceGivenBack() throws Exception {
        Visibility.assertWaitingThreadSees("ConcurrencyLimiter.available",
                "the task of another thread ended and gave its place back");
    }
}

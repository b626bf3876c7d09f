package course.ch04.exercises;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@DisplayName("Exercise 4.9 · ScheduledRetry (medium)")
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ScheduledRetryTest {

    private static final String SCHEDULER_THREAD = "retry-scheduler";
    private static final Duration DELAY = Duration.ofMillis(30);

    /** One daemon thread: attempts of different retries must take turns on it. */
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            runnable -> Thread.ofPlatform().daemon().name(SCHEDULER_THREAD).unstarted(runnable));

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    /** Returns once every task scheduled on our one thread before {@code after} from now has run. */
    private void awaitSchedulerPast(Duration after) throws Exception {
        scheduler.schedule(() -> { }, after.toNanos(), TimeUnit.NANOSECONDS).get(5, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("invalid arguments are rejected, naming what is wrong")
    void rejectsInvalidArguments() {
        assertThatThrownBy(() -> new ScheduledRetry(null)).isInstanceOf(NullPointerException.class);
        ScheduledRetry retry = new ScheduledRetry(scheduler);
        assertThatThrownBy(() -> retry.retry(null, 3, DELAY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> retry.retry(() -> 1, 3, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> retry.retry(() -> 1, 0, DELAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
        assertThatThrownBy(() -> retry.retry(() -> 1, 3, Duration.ofMillis(-5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-");
    }

    @Test
    @DisplayName("a task that succeeds at once runs once, on the scheduler's thread, not the caller's")
    void succeedsAtOnce() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        CompletableFuture<String> result = new ScheduledRetry(scheduler).retry(() -> {
            attempts.incrementAndGet();
            return Thread.currentThread().getName();
        }, 3, DELAY);
        assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo(SCHEDULER_THREAD);
        awaitSchedulerPast(DELAY.multipliedBy(3));
        assertThat(attempts.get()).as("attempts").isEqualTo(1);
    }

    @Test
    @DisplayName("two failures then a success: the result of the third attempt, each attempt at least the delay after the last")
    void succeedsOnThirdAttempt() throws Exception {
        List<Long> startedAt = new CopyOnWriteArrayList<>();
        CompletableFuture<String> result = new ScheduledRetry(scheduler).retry(() -> {
            startedAt.add(System.nanoTime());
            if (startedAt.size() < 3) {
                throw new IOException("not yet (" + startedAt.size() + ")");
            }
            return "connected";
        }, 5, DELAY);
        assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo("connected");
        assertThat(startedAt).hasSize(3);
        for (int i = 1; i < startedAt.size(); i++) {
            assertThat(Duration.ofNanos(startedAt.get(i) - startedAt.get(i - 1)))
                    .as("time between attempt %d and %d", i, i + 1).isGreaterThanOrEqualTo(DELAY);
        }
        awaitSchedulerPast(DELAY.multipliedBy(3));
        assertThat(startedAt).as("attempts after success").hasSize(3);
    }

    @Test
    @DisplayName("after maxAttempts failures: the last failure, with the earlier ones suppressed, oldest first")
    void givesUp() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        CompletableFuture<Integer> result = new ScheduledRetry(scheduler).retry(() -> {
            throw new IllegalStateException("attempt " + attempts.incrementAndGet());
        }, 3, DELAY);
        assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("attempt 3")
                .satisfies(last -> assertThat(last.getSuppressed())
                        .extracting(Throwable::getMessage).containsExactly("attempt 1", "attempt 2"));
        awaitSchedulerPast(DELAY.multipliedBy(3));
        assertThat(attempts.get()).as("attempts").isEqualTo(3);
    }

    @Test
    @DisplayName("waiting between attempts blocks no thread: another retry runs on the same single thread meanwhile")
    void doesNotSleepOnTheScheduler() throws Exception {
        ScheduledRetry retry = new ScheduledRetry(scheduler);
        AtomicInteger slowAttempts = new AtomicInteger();
        CompletableFuture<String> slow = retry.retry(() -> {
            slowAttempts.incrementAndGet();
            throw new IOException("down");
        }, 2, Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(5)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> slowAttempts.get() == 1);
        // The scheduler has one thread. If the first retry slept through its 30 s there, this
        // one could not run before the timeout.
        assertThat(retry.retry(() -> "quick", 1, DELAY).get(3, TimeUnit.SECONDS)).isEqualTo("quick");
        slow.cancel(false);
    }

    @Test
    @DisplayName("cancelling the returned future stops further attempts")
    void cancelStops() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        CompletableFuture<Integer> result = new ScheduledRetry(scheduler).retry(() -> {
            attempts.incrementAndGet();
            throw new IOException("down");
        }, 1_000, DELAY);
        await().atMost(Duration.ofSeconds(5)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> attempts.get() >= 2);
        assertThat(result.cancel(false)).isTrue();
        int atCancel = attempts.get();
        awaitSchedulerPast(DELAY.multipliedBy(5));
        assertThat(attempts.get()).as("attempts after cancel (one may have been running)").isLessThanOrEqualTo(atCancel + 1);
        assertThat(result.isCancelled()).isTrue();
    }

    @Test
    @DisplayName("cancelling the returned future also cancels the next attempt waiting in the scheduler: nothing of the retry stays there")
    void cancelLeavesNothingInTheScheduler() throws Exception {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1,
                runnable -> Thread.ofPlatform().daemon().name(SCHEDULER_THREAD).unstarted(runnable));
        pool.setRemoveOnCancelPolicy(true);      // a task cancelled while it waits leaves the queue at once
        try {
            AtomicInteger attempts = new AtomicInteger();
            CompletableFuture<Integer> result = new ScheduledRetry(pool).retry(() -> {
                attempts.incrementAndGet();
                throw new IOException("down");
            }, 3, Duration.ofHours(1));
            await("the first attempt failed").atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(5)).until(() -> attempts.get() == 1);
            // Cancel on the scheduler's one thread: after the first attempt has finished scheduling the second.
            assertThat(pool.submit(() -> result.cancel(false)).get(5, TimeUnit.SECONDS)).as("cancel(false)").isTrue();
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(5)).untilAsserted(() ->
                    assertThat(pool.getQueue()).as("tasks waiting in the scheduler: the next attempt, cancelled, should be gone")
                            .isEmpty());
            assertThat(attempts.get()).as("attempts").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("a scheduler shut down between two attempts: the future fails with its RejectedExecutionException, the failure so far suppressed")
    void schedulerShutDownBetweenAttempts() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        // The first attempt shuts the scheduler down, then fails: the second cannot be scheduled.
        CompletableFuture<Integer> result = new ScheduledRetry(scheduler).retry(() -> {
            attempts.incrementAndGet();
            scheduler.shutdown();
            throw new IOException("down");
        }, 3, DELAY);
        assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS))
                .as("the result of a retry whose scheduler was shut down")
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(RejectedExecutionException.class)
                .satisfies(rejected -> assertThat(rejected.getSuppressed())
                        .extracting(Throwable::getMessage).containsExactly("down"));
        assertThat(attempts.get()).as("attempts").isEqualTo(1);
    }
}

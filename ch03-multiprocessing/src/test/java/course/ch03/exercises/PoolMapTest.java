package course.ch03.exercises;

import course.ch03.pool.ProcessPool;
import course.ch03.pool.Reply;
import course.ch03.pool.TaskFailedException;
import course.kit.Pace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.awaitility.Awaitility.await;

// The pool's "sleep n" task sleeps n ms scaled by course.timeScale, like every demo pause; real(ms)
// gives the argument that makes it sleep ms for real, whatever the scale (the stress run varies it).
@DisplayName("Exercise 3.9 · PoolMap (easy)")
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PoolMapTest {

    private static ProcessPool pool;
    private static ProcessPool onlyOneWorker;

    /** The "sleep" argument for a real pause of {@code millis}. */
    private static long real(long millis) {
        return Math.round(millis / Pace.scale());
    }

    @BeforeAll
    static void startPools() {
        assumeTrue(Pace.scale() > 0, "these timings need a time scale above 0");
        pool = new ProcessPool(2, line -> { });
        onlyOneWorker = new ProcessPool(1, line -> { });
        // Both workers started and answering before any test: a JVM start would eat into the timing margins.
        await().atMost(Duration.ofSeconds(20)).until(() ->
                pool.map("sleep", List.of(1000, 1000)).stream().map(Reply::workerPid).distinct().count() == 2);
    }

    @AfterAll
    static void stopPools() throws InterruptedException {
        pool.terminate();                                  // do not wait for sleepers left by the timeout tests
        onlyOneWorker.terminate();
        assertThat(pool.awaitTermination(Duration.ofSeconds(10))).isTrue();
        assertThat(onlyOneWorker.awaitTermination(Duration.ofSeconds(10))).isTrue();
    }

    @Test
    @DisplayName("the results come back in input order")
    void resultsInInputOrder() throws Exception {
        List<String> squares = PoolMap.map(pool, "square-now", IntStream.range(0, 10).boxed().toList(), Duration.ofSeconds(10));
        assertThat(squares).containsExactly("0", "1", "4", "9", "16", "25", "36", "49", "64", "81");
    }

    @Test
    @DisplayName("the input order is kept even when a later input finishes first")
    void orderWhenLaterFinishesFirst() throws Exception {
        assertThat(PoolMap.map(pool, "sleep", List.of(4000, 0, 2000), Duration.ofSeconds(10)))
                .containsExactly("4000", "0", "2000");
    }

    @Test
    @DisplayName("all tasks are submitted before waiting: two 2-second tasks on two workers finish within 3.5 s")
    void tasksRunInParallel() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> pool.activeTaskCount() == 0);
        // One after the other they need 4 s, so a solution that waits for a result before it
        // submits the next task runs into the deadline.
        long twoSeconds = real(2000);
        assertThat(PoolMap.map(pool, "sleep", List.of(twoSeconds, twoSeconds), Duration.ofMillis(3500)))
                .containsExactly(String.valueOf(twoSeconds), String.valueOf(twoSeconds));
    }

    @Test
    @DisplayName("at the deadline it throws TimeoutException saying how many finished, not before")
    void timesOut() {
        await().atMost(Duration.ofSeconds(10)).until(() -> onlyOneWorker.activeTaskCount() == 0);
        long start = System.nanoTime();
        // A 2-second task against a 0.3 s deadline; the next test that needs this worker waits for it.
        assertThatThrownBy(() -> PoolMap.map(onlyOneWorker, "sleep", List.of(real(2_000)), Duration.ofMillis(300)))
                .isInstanceOf(TimeoutException.class)
                .hasMessageContaining("0 of 1");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time waited").isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    @DisplayName("on timeout the tasks that have not started are cancelled and never run")
    void timeoutCancelsQueuedTasks() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> onlyOneWorker.activeTaskCount() == 0);
        long before = onlyOneWorker.completedTaskCount();
        // One worker, four 1-second tasks, 0.3 s: at the deadline at least the last three are still queued.
        assertThatThrownBy(() -> PoolMap.map(onlyOneWorker, "sleep",
                        List.of(real(1000), real(1000) + 1, real(1000) + 2, real(1000) + 3), Duration.ofMillis(300)))
                .isInstanceOf(TimeoutException.class)
                .hasMessageContaining("0 of 4");
        // The echo queues behind whatever was not cancelled.
        assertThat(onlyOneWorker.apply("echo", "done").value()).isEqualTo("done");
        assertThat(onlyOneWorker.completedTaskCount() - before)
                .as("tasks that ran: at most the first sleeper, and the echo").isBetween(1L, 2L);
    }

    @Test
    @DisplayName("the timeout message counts the tasks that did finish")
    void timeoutCountsFinishedTasks() {
        await().atMost(Duration.ofSeconds(10)).until(() -> onlyOneWorker.activeTaskCount() == 0);
        // One worker: the first task returns at once, the second sleeps far past the 2-second deadline.
        assertThatThrownBy(() -> PoolMap.map(onlyOneWorker, "sleep", List.of(0L, real(4_000)), Duration.ofSeconds(2)))
                .isInstanceOf(TimeoutException.class)
                .hasMessageContaining("1 of 2");
    }

    @Test
    @DisplayName("a failing task makes map throw the failure of the first failing input")
    void failureOfFirstFailingInput() {
        assertThatThrownBy(() -> PoolMap.map(pool, "fail", List.of("first", "second"), Duration.ofSeconds(10)))
                .isInstanceOf(TaskFailedException.class)
                .hasMessageContaining("fail(first)");
    }

    @Test
    @DisplayName("on a failure the tasks that have not started are cancelled and never run")
    void failureCancelsQueuedTasks() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> onlyOneWorker.activeTaskCount() == 0);
        long before = onlyOneWorker.completedTaskCount();
        // One worker: "sleep x" fails at once; the three 1-second tasks behind it must not all run.
        assertThatThrownBy(() -> PoolMap.map(onlyOneWorker, "sleep",
                        List.of("x", real(1000), real(1000) + 1, real(1000) + 2), Duration.ofSeconds(10)))
                .isInstanceOf(TaskFailedException.class)
                .hasMessageContaining("sleep(x)");
        // The echo queues behind whatever was not cancelled.
        assertThat(onlyOneWorker.apply("echo", "done").value()).isEqualTo("done");
        assertThat(onlyOneWorker.completedTaskCount() - before)
                .as("tasks that ran: the failing one, at most the first sleeper, and the echo").isBetween(2L, 3L);
    }

    @Test
    @DisplayName("null arguments and a timeout that is not positive are rejected")
    void rejectsBadArguments() {
        assertThatThrownBy(() -> PoolMap.map(null, "echo", List.of(1), Duration.ofSeconds(1)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PoolMap.map(pool, "echo", null, Duration.ofSeconds(1)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PoolMap.map(pool, "echo", List.of(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeout");
        assertThatThrownBy(() -> PoolMap.map(pool, "echo", List.of(1), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeout");
    }
}

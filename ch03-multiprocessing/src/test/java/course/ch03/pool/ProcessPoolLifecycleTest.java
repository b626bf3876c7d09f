package course.ch03.pool;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("§3.9 ProcessPool: shutdown, join, close and terminate")
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ProcessPoolLifecycleTest {

    @Test
    @DisplayName("close() refuses new tasks, lets the queued ones finish, and waits until the workers exited")
    void closeFinishesPendingWork() throws InterruptedException {
        ProcessPool pool = new ProcessPool(2, line -> { });
        List<Long> workers = pool.pids();
        List<TaskFuture> futures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            futures.add(pool.submit("square", i));         // 1–3 s each (scaled): most are still queued
        }
        pool.close();

        assertThat(futures).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
        assertThat(futures).extracting(f -> f.join().asLong()).containsExactly(0L, 1L, 4L, 9L, 16L, 25L);
        assertThat(pool.isTerminated()).isTrue();
        assertThat(workers).allSatisfy(pid -> assertThat(ProcessHandle.of(pid)).as("worker %d", pid).isEmpty());
        assertThatThrownBy(() -> pool.submit("echo", "late"))
                .isInstanceOf(RejectedExecutionException.class)
                .hasMessageContaining("closed");
    }

    @Test
    @DisplayName("join() needs shutdown() first; after shutdown() it returns once the work is done")
    void joinAfterShutdown() throws InterruptedException {
        ProcessPool pool = new ProcessPool(1, line -> { });
        try {
            TaskFuture task = pool.submit("square-now", 9);
            assertThatThrownBy(pool::join)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("shutdown()");
            pool.shutdown();
            assertThat(pool.isShutdown()).isTrue();
            pool.join();
            assertThat(task.join().asLong()).isEqualTo(81);
            assertThat(pool.awaitTermination(Duration.ZERO)).isTrue();
        } finally {
            pool.close();
        }
    }

    @Test
    @DisplayName("terminate() kills the workers now: the running task fails, the queued ones are cancelled")
    void terminateStopsEverything() throws Exception {
        ProcessPool pool = new ProcessPool(1, line -> { });
        try {
            TaskFuture running = pool.submit("sleep", 600_000);
            TaskFuture queued1 = pool.submit("square-now", 1);
            TaskFuture queued2 = pool.submit("square-now", 2);
            running.started().get(10, TimeUnit.SECONDS);

            assertThat(pool.terminate()).containsExactly("square-now(1)", "square-now(2)");

            assertThat(pool.awaitTermination(Duration.ofSeconds(10))).isTrue();
            assertThat(queued1).isCancelled();
            assertThat(queued2).isCancelled();
            assertThatThrownBy(() -> ProcessPool.await(running))
                    .isInstanceOf(WorkerCrashedException.class)
                    .hasMessageContaining("was killed because the pool was terminated while running sleep(600000)");
            assertThatThrownBy(() -> ProcessPool.await(queued1)).isInstanceOf(CancellationException.class);
        } finally {
            pool.close();
        }
    }
}

package course.ch02.exercises;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Exercise 2.4 · PollingWaiter (medium)")
@Timeout(10)
class PollingWaiterTest {

    /** A future that counts the calls made on it, and fails the test if get() could block. */
    static final class WatchedFuture<T> implements Future<T> {
        final CompletableFuture<T> inner = new CompletableFuture<>();
        final AtomicInteger isDoneCalls = new AtomicInteger();

        @Override
        public boolean isDone() {
            isDoneCalls.incrementAndGet();
            return inner.isDone();
        }

        @Override
        public T get() throws InterruptedException, ExecutionException {
            if (!inner.isDone()) {
                throw new AssertionError("get() called on a future that is not done: it would block");
            }
            return inner.get();
        }

        @Override
        public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException {
            return get();
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            throw new AssertionError("the future must be left alone, not cancelled");
        }

        @Override
        public boolean isCancelled() {
            return inner.isCancelled();
        }
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    @DisplayName("a future that is already done: one poll, no chore, the result")
    void alreadyDone() throws Exception {
        WatchedFuture<String> future = new WatchedFuture<>();
        future.inner.complete("ready");
        AtomicInteger chores = new AtomicInteger();
        assertThat(PollingWaiter.awaitByPolling(future, 5, chores::incrementAndGet)).isEqualTo("ready");
        assertThat(future.isDoneCalls).hasValue(1);
        assertThat(chores).hasValue(0);
    }

    @Test
    @DisplayName("a future finished by the second chore: three polls, two chores, the result")
    void doneAfterTwoChores() throws Exception {
        WatchedFuture<Integer> future = new WatchedFuture<>();
        AtomicInteger chores = new AtomicInteger();
        Runnable chore = () -> {
            if (chores.incrementAndGet() == 2) {
                future.inner.complete(42);
            }
        };
        assertThat(PollingWaiter.awaitByPolling(future, 3, chore)).isEqualTo(42);
        assertThat(future.isDoneCalls).as("polls").hasValue(3);
        assertThat(chores).hasValue(2);
    }

    @Test
    @DisplayName("a future that never finishes: maxPolls polls, one chore fewer, then a TimeoutException")
    void timesOut() {
        WatchedFuture<Integer> future = new WatchedFuture<>();
        AtomicInteger chores = new AtomicInteger();
        assertThatThrownBy(() -> PollingWaiter.awaitByPolling(future, 4, chores::incrementAndGet))
                .isInstanceOf(TimeoutException.class)
                .hasMessageContaining("4");
        assertThat(future.isDoneCalls).as("polls").hasValue(4);
        assertThat(chores).hasValue(3);
        assertThat(future.inner).as("left alone").isNotDone();
    }

    @Test
    @DisplayName("one poll allowed and not done: no chore at all, a TimeoutException")
    void singlePoll() {
        WatchedFuture<Integer> future = new WatchedFuture<>();
        AtomicInteger chores = new AtomicInteger();
        assertThatThrownBy(() -> PollingWaiter.awaitByPolling(future, 1, chores::incrementAndGet))
                .isInstanceOf(TimeoutException.class);
        assertThat(chores).hasValue(0);
    }

    @Test
    @DisplayName("a task that failed: its ExecutionException comes through with the cause")
    void failedTask() {
        WatchedFuture<Integer> future = new WatchedFuture<>();
        Runnable chore = () -> future.inner.completeExceptionally(new IllegalStateException("boom"));
        assertThatThrownBy(() -> PollingWaiter.awaitByPolling(future, 3, chore))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("an interrupted caller gets InterruptedException before any chore, with the flag cleared")
    void interrupted() {
        WatchedFuture<Integer> future = new WatchedFuture<>();
        AtomicInteger chores = new AtomicInteger();
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> PollingWaiter.awaitByPolling(future, 5, chores::incrementAndGet))
                .isInstanceOf(InterruptedException.class);
        assertThat(chores).hasValue(0);
        assertThat(Thread.currentThread().isInterrupted()).as("interrupt flag after the exception").isFalse();
    }

    @Test
    @DisplayName("an interrupt during a chore stops the polling before the next chore")
    void interruptedDuringChore() {
        WatchedFuture<Integer> future = new WatchedFuture<>();
        AtomicInteger chores = new AtomicInteger();
        Runnable chore = () -> {
            chores.incrementAndGet();
            Thread.currentThread().interrupt();
        };
        assertThatThrownBy(() -> PollingWaiter.awaitByPolling(future, 10, chore))
                .isInstanceOf(InterruptedException.class);
        assertThat(chores).hasValue(1);
    }

    @Test
    @DisplayName("maxPolls below 1 is rejected, naming the value; null arguments with NullPointerException")
    void rejectsBadArguments() {
        WatchedFuture<Integer> future = new WatchedFuture<>();
        assertThatThrownBy(() -> PollingWaiter.awaitByPolling(future, 0, () -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
        assertThatThrownBy(() -> PollingWaiter.awaitByPolling(null, 3, () -> { }))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PollingWaiter.awaitByPolling(future, 3, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("works with a real task on another thread: chores go on until it is done")
    void realTask() throws Exception {
        CompletableFuture<String> gate = new CompletableFuture<>();
        CompletableFuture<String> task = gate.thenApplyAsync(s -> s + "!");
        AtomicInteger chores = new AtomicInteger();
        Runnable chore = () -> {
            if (chores.incrementAndGet() == 3) {
                gate.complete("done");
            }
            Thread.onSpinWait();
        };
        assertThat(PollingWaiter.awaitByPolling(task, Integer.MAX_VALUE, chore)).isEqualTo("done!");
        assertThat(chores.get()).isGreaterThanOrEqualTo(3);
    }
}

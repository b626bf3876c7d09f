package course.ch04.s11_event;

import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@DisplayName("§4.11 the re-settable Event")
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EventTest {

    /** Awaitility with this class's limit (QuickPolling checks at once and then every 10 ms). */
    private static ConditionFactory soon() {
        return await().atMost(Duration.ofSeconds(10));
    }


    private static final Duration LONG = Duration.ofSeconds(10);

    /** Starts {@code count} daemon threads that wait on the event; each future tells what await returned. */
    private static List<Future<Boolean>> waiters(ExecutorService pool, Event event, int count) {
        List<Future<Boolean>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(pool.submit(() -> event.await(LONG)));
        }
        return futures;
    }

    private static ExecutorService daemonPool(List<Thread> started) {
        return Executors.newCachedThreadPool(runnable -> {
            Thread thread = Thread.ofPlatform().daemon().unstarted(runnable);
            started.add(thread);
            return thread;
        });
    }

    /** Waits until every thread is parked: then they are really waiting on the event. */
    private static void awaitAllWaiting(List<Thread> threads) {
        soon().until(() -> threads.stream()
                .allMatch(t -> t.getState() == Thread.State.TIMED_WAITING || t.getState() == Thread.State.WAITING));
    }

    @Test
    @DisplayName("a new event is not set, and a timed await on it returns false after the timeout")
    void startsClear() throws Exception {
        Event event = new Event();
        assertThat(event.isSet()).isFalse();
        assertThat(event.await(Duration.ZERO)).as("await(0) only looks").isFalse();
        long start = System.nanoTime();
        assertThat(event.await(Duration.ofMillis(30))).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(30));
    }

    @Test
    @DisplayName("set raises the flag, await returns at once, clear lowers it again")
    void setAndClear() throws Exception {
        Event event = new Event();
        event.set();
        assertThat(event.isSet()).isTrue();
        event.await();
        assertThat(event.await(Duration.ZERO)).isTrue();
        event.set();
        assertThat(event.isSet()).as("setting twice keeps it set").isTrue();
        event.clear();
        assertThat(event.isSet()).isFalse();
        assertThat(event.await(Duration.ofMillis(10))).isFalse();
    }

    @Test
    @DisplayName("one set wakes every waiting thread, and each await returns true")
    void setWakesAll() throws Exception {
        Event event = new Event();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        ExecutorService pool = daemonPool(threads);
        try {
            List<Future<Boolean>> results = waiters(pool, event, 5);
            soon().until(() -> threads.size() == 5);
            awaitAllWaiting(threads);
            assertThat(results).noneMatch(Future::isDone);
            event.set();
            for (Future<Boolean> result : results) {
                assertThat(result.get(5, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("a set followed at once by clear still releases everyone who was waiting, as in Python")
    void pulseReleasesWaiters() throws Exception {
        Event event = new Event();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        ExecutorService pool = daemonPool(threads);
        try {
            List<Future<Boolean>> results = waiters(pool, event, 3);
            soon().until(() -> threads.size() == 3);
            awaitAllWaiting(threads);
            event.set();
            event.clear();
            for (Future<Boolean> result : results) {
                assertThat(result.get(5, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(event.isSet()).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("a thread interrupted while waiting gets InterruptedException")
    void interruptible() throws Exception {
        Event event = new Event();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        ExecutorService pool = daemonPool(threads);
        try {
            Future<Boolean> result = pool.submit(() -> event.await(LONG));
            soon().until(() -> threads.size() == 1);
            awaitAllWaiting(threads);
            threads.getFirst().interrupt();
            assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(InterruptedException.class);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("a null timeout is rejected")
    void nullTimeout() {
        assertThatThrownBy(() -> new Event().await(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("timeout");
    }
}

package course.ch04.exercises;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@DisplayName("Exercise 4.10 · BoundedBuffer (medium)")
@Timeout(value = 15, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BoundedBufferTest {

    /** Orders of the threads' steps the model check tries; see {@link ModelCheck}. */
    static final int ORDERS = 30;

    private final List<Thread> workers = new CopyOnWriteArrayList<>();
    private final ExecutorService pool = Executors.newCachedThreadPool(runnable -> {
        Thread thread = Thread.ofPlatform().daemon().name("buffer-user-" + workers.size()).unstarted(runnable);
        workers.add(thread);
        return thread;
    });

    @AfterEach
    void stopWorkers() {
        pool.shutdownNow();
    }

    private static boolean stuck(Thread thread) {
        return switch (thread.getState()) {
            case WAITING, TIMED_WAITING, BLOCKED -> true;
            default -> false;
        };
    }

    /** Waits until {@code count} workers exist and all are blocked (in put or take). */
    private void awaitWorkersBlocked(int count) {
        await().atMost(Duration.ofSeconds(5)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> workers.size() == count && workers.stream().allMatch(BoundedBufferTest::stuck));
    }

    /** The one of two futures that stays unfinished for a while, after the other has finished. */
    private static <T> Future<T> theOtherStaysBlocked(Future<T> first, Future<T> second) {
        await().atMost(Duration.ofSeconds(5)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> first.isDone() || second.isDone());
        Future<T> other = first.isDone() ? second : first;
        // A buffer that waits with `if` instead of `while` lets the second thread through here.
        await("the other thread still waiting (a woken thread must check again before going on)")
                .during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(1))
                .until(() -> !other.isDone());
        return other;
    }

    @ParameterizedTest(name = "capacity {0}")
    @ValueSource(ints = {0, -1})
    @DisplayName("a capacity below 1 is rejected, naming the value")
    void rejectsBadCapacity(int capacity) {
        assertThatThrownBy(() -> new BoundedBuffer<String>(capacity))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(capacity));
    }

    @Test
    @DisplayName("a null item is rejected")
    void rejectsNull() {
        assertThatThrownBy(() -> new BoundedBuffer<String>(1).put(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("items come out first in, first out; size and capacity are reported")
    void fifo() throws Exception {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(3);
        assertThat(buffer.capacity()).isEqualTo(3);
        buffer.put(1);
        buffer.put(2);
        buffer.put(3);
        assertThat(buffer.size()).isEqualTo(3);
        assertThat(List.of(buffer.take(), buffer.take())).containsExactly(1, 2);
        buffer.put(4);
        assertThat(List.of(buffer.take(), buffer.take())).containsExactly(3, 4);
        assertThat(buffer.size()).isZero();
    }

    @Test
    @DisplayName("put blocks while the buffer is full and goes on when an item is taken")
    void putBlocksWhenFull() throws Exception {
        BoundedBuffer<String> buffer = new BoundedBuffer<>(2);
        buffer.put("a");
        buffer.put("b");
        Future<?> producer = pool.submit(() -> {
            buffer.put("c");
            return null;
        });
        awaitWorkersBlocked(1);
        assertThat(producer.isDone()).as("put into a full buffer returned").isFalse();
        assertThat(buffer.size()).isEqualTo(2);
        assertThat(buffer.take()).isEqualTo("a");
        producer.get(5, TimeUnit.SECONDS);
        assertThat(List.of(buffer.take(), buffer.take())).containsExactly("b", "c");
    }

    @Test
    @DisplayName("take blocks while the buffer is empty and gets the next item put")
    void takeBlocksWhenEmpty() throws Exception {
        BoundedBuffer<String> buffer = new BoundedBuffer<>(1);
        Future<String> consumer = pool.submit(buffer::take);
        awaitWorkersBlocked(1);
        assertThat(consumer.isDone()).as("take from an empty buffer returned").isFalse();
        buffer.put("x");
        assertThat(consumer.get(5, TimeUnit.SECONDS)).isEqualTo("x");
    }

    @Test
    @DisplayName("two consumers wait, one item arrives: exactly one gets it, the other keeps waiting")
    void oneItemWakesOneConsumer() throws Exception {
        BoundedBuffer<String> buffer = new BoundedBuffer<>(1);
        Future<String> first = pool.submit(buffer::take);
        Future<String> second = pool.submit(buffer::take);
        awaitWorkersBlocked(2);
        buffer.put("x");
        Future<String> other = theOtherStaysBlocked(first, second);
        buffer.put("y");
        assertThat(List.of(first.get(5, TimeUnit.SECONDS), second.get(5, TimeUnit.SECONDS)))
                .containsExactlyInAnyOrder("x", "y");
        assertThat(other.get()).isEqualTo("y");
        assertThat(buffer.size()).isZero();
    }

    @Test
    @DisplayName("two producers wait on a full buffer, one place frees: exactly one puts, never over capacity")
    void onePlaceWakesOneProducer() throws Exception {
        BoundedBuffer<String> buffer = new BoundedBuffer<>(1);
        buffer.put("a");
        Future<Void> first = pool.submit(() -> {
            buffer.put("b");
            return null;
        });
        Future<Void> second = pool.submit(() -> {
            buffer.put("c");
            return null;
        });
        awaitWorkersBlocked(2);
        assertThat(buffer.take()).isEqualTo("a");
        theOtherStaysBlocked(first, second);
        assertThat(buffer.size()).as("items in a buffer of capacity 1").isEqualTo(1);
        String next = buffer.take();
        String last = buffer.take();
        assertThat(List.of(next, last)).containsExactlyInAnyOrder("b", "c");
        first.get(5, TimeUnit.SECONDS);
        second.get(5, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("a thread blocked in take is interruptible")
    void interruptible() throws Exception {
        BoundedBuffer<String> buffer = new BoundedBuffer<>(1);
        Future<String> consumer = pool.submit(buffer::take);
        awaitWorkersBlocked(1);
        workers.getFirst().interrupt();
        assertThatThrownBy(() -> consumer.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(InterruptedException.class);
    }

    @Test
    @DisplayName("4 producers and 4 consumers through a buffer of 3: every item arrives exactly once")
    void manyProducersAndConsumers() throws Exception {
        int producers = 4;
        int consumers = 4;
        int perProducer = 5_000;
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(3);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentHashMap<Integer, Integer> received = new ConcurrentHashMap<>();
        AtomicInteger overfull = new AtomicInteger();
        List<Future<?>> all = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int base = p * perProducer;
            all.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perProducer; i++) {
                    buffer.put(base + i);
                }
                return null;
            }));
        }
        for (int c = 0; c < consumers; c++) {
            all.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < producers * perProducer / consumers; i++) {
                    Integer item = buffer.take();
                    received.merge(item, 1, Integer::sum);
                    if (buffer.size() > buffer.capacity()) {
                        overfull.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : all) {
            future.get(10, TimeUnit.SECONDS);     // a lost wake-up shows up here as a timeout
        }
        assertThat(received).as("distinct items received").hasSize(producers * perProducer);
        assertThat(received.values()).as("times each item was received").containsOnly(1);
        assertThat(received.keySet()).allMatch(i -> i >= 0 && i < producers * perProducer);
        assertThat(overfull.get()).as("times the buffer held more than its capacity").isZero();
        assertThat(buffer.size()).isZero();
    }

    @Test
    @Tag("model-check")
    @DisplayName("model check: capacity 1, one producer puts 1 then 2, two consumers take one each: in every order tried each item is taken once and nobody waits for ever")
    @Timeout(60)
    void everyOrderOfOneProducerAndTwoConsumers() {
        ModelCheck.everyOrder("4.10 · BoundedBuffer",
                "with capacity 1, thread 1 puts 1 and then 2 while threads 2 and 3 take one item each: each takes a "
                        + "different item, all three finish, and the buffer is empty at the end.",
                ORDERS, () -> {
                    BoundedBuffer<Integer> buffer = new BoundedBuffer<>(1);
                    AtomicReferenceArray<Integer> taken = new AtomicReferenceArray<>(2);
                    ModelCheck.inParallel(new Object[] {buffer, taken},
                            () -> {
                                buffer.put(1);
                                buffer.put(2);
                            },
                            () -> taken.set(0, buffer.take()),
                            () -> taken.set(1, buffer.take()));
                    Integer first = taken.get(0);
                    Integer second = taken.get(1);
                    int left = buffer.size();
                    ModelCheck.check(first != null && second != null, "take() returned null: it took from an empty buffer");
                    ModelCheck.check(first + second == 3 && !first.equals(second),
                            "put 1 and 2, but the two consumers took " + first + " and " + second);
                    ModelCheck.check(left == 0, "size() at the end was " + left + ", not 0");
                });
    }

    @Test
    @Tag("visibility")
    @DisplayName("a thread that waits in a loop for size() to change sees the put of another thread")
    void sizeSeesAnotherThreadsPut() throws Exception {
        Visibility.assertWaitingThreadSees("BoundedBuffer.size", "another thread put an item into the empty buffer");
    }
}

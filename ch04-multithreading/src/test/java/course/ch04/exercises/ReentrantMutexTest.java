package course.ch04.exercises;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

@DisplayName("Exercise 4.7 · ReentrantMutex")
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReentrantMutexTest {

    /** A task on a daemon thread of its own: its result, or its exception, comes back through get(). */
    private record Worker<T>(Thread thread, FutureTask<T> result) {
        static <T> Worker<T> start(String name, Callable<T> body) {
            FutureTask<T> task = new FutureTask<>(body);
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);              // a worker stuck for ever cannot keep the JVM alive
            thread.start();
            return new Worker<>(thread, task);
        }

        T get() throws Exception {
            try {
                return result.get(5, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                return fail(thread.getName() + " failed: " + e.getCause(), e.getCause());
            } catch (TimeoutException e) {
                return fail(thread.getName() + " did not finish within 5 s; it is " + thread.getState());
            }
        }
    }

    @Test
    @DisplayName("the owner can lock it again and again; it is free after as many unlocks")
    void reentrant() throws Exception {
        ReentrantMutex mutex = new ReentrantMutex();
        assertThat(mutex.holdCount()).as("hold count of a new lock").isZero();
        mutex.lock();
        assertThat(mutex.isHeldByCurrentThread()).as("held after lock()").isTrue();
        mutex.lock();
        mutex.lock();
        assertThat(mutex.holdCount()).as("hold count after lock() three times").isEqualTo(3);
        mutex.unlock();
        assertThat(mutex.holdCount()).as("hold count after one unlock()").isEqualTo(2);
        assertThat(mutex.isHeldByCurrentThread()).as("still held with count 2").isTrue();
        mutex.unlock();
        mutex.unlock();
        assertThat(mutex.holdCount()).as("hold count after three unlock()").isZero();
        assertThat(mutex.isHeldByCurrentThread()).as("held after the last unlock()").isFalse();

        // Free now: another thread can take it at once.
        var other = Worker.start("other", () -> {
            mutex.lock();
            int count = mutex.holdCount();
            mutex.unlock();
            return count;
        });
        assertThat(other.get()).as("the other thread's hold count").isEqualTo(1);
    }

    @Test
    @DisplayName("unlock() by a thread that does not hold the lock throws IllegalMonitorStateException")
    void unlockByNonOwner() throws Exception {
        ReentrantMutex mutex = new ReentrantMutex();
        assertThatThrownBy(mutex::unlock).as("unlock() of a lock nobody holds")
                .isInstanceOf(IllegalMonitorStateException.class);

        mutex.lock();
        var intruder = Worker.start("intruder", () -> {
            assertThat(mutex.isHeldByCurrentThread()).as("held by the intruder").isFalse();
            assertThat(mutex.holdCount()).as("the intruder's hold count").isZero();
            assertThatThrownBy(mutex::unlock).as("unlock() by a thread that is not the owner")
                    .isInstanceOf(IllegalMonitorStateException.class);
            return true;
        });
        assertThat(intruder.get()).isTrue();
        assertThat(mutex.holdCount()).as("the owner's hold count after the intruder's unlock()").isEqualTo(1);
        mutex.unlock();
    }

    @Test
    @DisplayName("another thread waits while the lock is held, and gets it only after the owner's last unlock")
    void othersWaitForTheLastUnlock() throws Exception {
        ReentrantMutex mutex = new ReentrantMutex();
        mutex.lock();
        mutex.lock();
        CountDownLatch aboutToLock = new CountDownLatch(1);
        CountDownLatch mayUnlock = new CountDownLatch(1);
        AtomicBoolean acquired = new AtomicBoolean();
        var waiter = Worker.start("waiter", () -> {
            aboutToLock.countDown();
            mutex.lock();
            acquired.set(true);
            int count = mutex.holdCount();
            mayUnlock.await();
            mutex.unlock();
            return count;
        });
        aboutToLock.await();
        await("the waiter keeps waiting while the owner holds the lock twice")
                .during(Duration.ofMillis(150)).atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(10)).untilFalse(acquired);
        mutex.unlock();
        await("the waiter keeps waiting while the owner still holds the lock once")
                .during(Duration.ofMillis(150)).atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(10)).untilFalse(acquired);
        mutex.unlock();
        await("the waiter gets the lock after the owner's last unlock").atMost(Duration.ofSeconds(5)).untilTrue(acquired);
        assertThat(mutex.isHeldByCurrentThread()).as("the old owner still holds it").isFalse();
        mayUnlock.countDown();
        assertThat(waiter.get()).as("the waiter's hold count").isEqualTo(1);
    }

    @Test
    @DisplayName("an interrupted waiter keeps waiting, then returns with the lock and its interrupt flag set")
    void interruptedWaiterKeepsWaiting() throws Exception {
        ReentrantMutex mutex = new ReentrantMutex();
        // The owner is a worker too, so that a stuck unlock() fails the test after 5 s.
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch mayUnlock = new CountDownLatch(1);
        var owner = Worker.start("owner", () -> {
            mutex.lock();
            locked.countDown();
            mayUnlock.await();
            mutex.unlock();
            return true;
        });
        if (!locked.await(5, TimeUnit.SECONDS)) {
            owner.get();                         // reports why the owner did not get the lock
        }
        AtomicBoolean acquired = new AtomicBoolean();
        var waiter = Worker.start("waiter", () -> {
            mutex.lock();
            acquired.set(true);
            boolean flag = Thread.currentThread().isInterrupted();
            mutex.unlock();
            return flag;
        });
        await("the waiter blocks in lock()").atMost(Duration.ofSeconds(5)).until(() ->
                waiter.thread().getState() == Thread.State.WAITING || waiter.thread().getState() == Thread.State.BLOCKED);
        waiter.thread().interrupt();
        await("the interrupted waiter keeps waiting for the lock")
                .during(Duration.ofMillis(150)).atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(10)).untilFalse(acquired);
        mayUnlock.countDown();
        assertThat(owner.get()).as("the owner's unlock() returned").isTrue();
        assertThat(waiter.get()).as("the waiter's interrupt flag when lock() returned").isTrue();
        assertThat(acquired).as("the waiter got the lock").isTrue();
    }

    @Test
    @DisplayName("4 threads locking twice at a time: never two holders at once, and no update lost")
    void mutualExclusion() throws Exception {
        ReentrantMutex mutex = new ReentrantMutex();
        int threads = 4;
        int rounds = 20_000;
        int[] count = {0};                       // guarded by mutex, deliberately not atomic
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        CyclicBarrier startGate = new CyclicBarrier(threads);
        List<Worker<Boolean>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(Worker.start("worker-" + t, () -> {
                startGate.await();
                for (int i = 0; i < rounds; i++) {
                    mutex.lock();
                    if (inside.incrementAndGet() != 1) {
                        overlaps.incrementAndGet();
                    }
                    mutex.lock();
                    count[0] = count[0] + 1;
                    mutex.unlock();
                    count[0] = count[0] + 1;     // still held once: still protected
                    inside.decrementAndGet();
                    mutex.unlock();
                }
                return true;
            }));
        }
        for (Worker<Boolean> worker : workers) {
            assertThat(worker.get()).isTrue();
        }
        assertThat(overlaps.get()).as("times a thread found another one holding the lock too").isZero();
        assertThat(count[0]).as("the count after %d threads x %d rounds x 2 updates", threads, rounds)
                .isEqualTo(threads * rounds * 2);
    }
}

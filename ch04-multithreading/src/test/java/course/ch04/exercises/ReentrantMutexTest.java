package course.ch04.exercises;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

@DisplayName("Exercise 4.7 · ReentrantMutex (hard)")
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReentrantMutexTest {

    /** Orders of the threads' steps the model check tries; see {@link ModelCheck}. */
    static final int ORDERS = 30;

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

    /**
     * A thread of its own that carries out the owner's steps one at a time, each within 5 s, so
     * that a lock() that never returns fails the test quickly, naming the step.
     */
    private static final class Owner implements AutoCloseable {
        private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "owner");
            t.setDaemon(true);
            return t;
        });

        <T> T does(String step, Callable<T> action) throws Exception {
            Future<T> done = thread.submit(action);
            try {
                return done.get(5, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                return fail("the owner's step '" + step + "' failed: " + e.getCause(), e.getCause());
            } catch (TimeoutException e) {
                return fail("the owner's step '" + step + "' did not finish within 5 s");
            }
        }

        void does(String step, Runnable action) throws Exception {
            does(step, () -> {
                action.run();
                return null;
            });
        }

        @Override
        public void close() {
            thread.shutdownNow();
        }
    }

    @Test
    @DisplayName("the owner can lock it again and again; it is free after as many unlocks")
    void reentrant() throws Exception {
        ReentrantMutex mutex = new ReentrantMutex();
        try (Owner owner = new Owner()) {
            assertThat(owner.does("holdCount() of a new lock", mutex::holdCount)).as("hold count of a new lock").isZero();
            owner.does("lock()", mutex::lock);
            assertThat(owner.does("isHeldByCurrentThread()", mutex::isHeldByCurrentThread)).as("held after lock()").isTrue();
            owner.does("lock() a second time", mutex::lock);
            owner.does("lock() a third time", mutex::lock);
            assertThat(owner.does("holdCount()", mutex::holdCount)).as("hold count after lock() three times").isEqualTo(3);
            owner.does("unlock()", mutex::unlock);
            assertThat(owner.does("holdCount()", mutex::holdCount)).as("hold count after one unlock()").isEqualTo(2);
            assertThat(owner.does("isHeldByCurrentThread()", mutex::isHeldByCurrentThread)).as("still held with count 2").isTrue();
            owner.does("unlock() a second time", mutex::unlock);
            owner.does("unlock() a third time", mutex::unlock);
            assertThat(owner.does("holdCount()", mutex::holdCount)).as("hold count after three unlock()").isZero();
            assertThat(owner.does("isHeldByCurrentThread()", mutex::isHeldByCurrentThread)).as("held after the last unlock()").isFalse();
        }

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
        try (Owner owner = new Owner()) {
            owner.does("lock()", mutex::lock);
            owner.does("lock() a second time", mutex::lock);
            waiterGetsTheLockAfterTheLastUnlock(mutex, owner);
        }
    }

    private static void waiterGetsTheLockAfterTheLastUnlock(ReentrantMutex mutex, Owner owner) throws Exception {
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
        owner.does("unlock()", mutex::unlock);
        await("the waiter keeps waiting while the owner still holds the lock once")
                .during(Duration.ofMillis(150)).atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(10)).untilFalse(acquired);
        owner.does("unlock() a second time", mutex::unlock);
        await("the waiter gets the lock after the owner's last unlock").atMost(Duration.ofSeconds(5)).untilTrue(acquired);
        assertThat(owner.does("isHeldByCurrentThread()", mutex::isHeldByCurrentThread)).as("the old owner still holds it").isFalse();
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
        await("the owner takes the lock").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(5))
                .until(() -> locked.getCount() == 0 || owner.result().isDone());
        if (locked.getCount() > 0) {
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
        int[] count = {0};                       // guarded by mutex, deliberately not atomic
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        Race race = new Race(4, Duration.ofMillis(100));
        List<Long> rounds = race.run(worker -> () -> {
            long done = 0;
            do {
                for (int i = 0; i < 64; i++) {
                    mutex.lock();
                    try {
                        if (inside.incrementAndGet() != 1) {
                            overlaps.incrementAndGet();
                        }
                        mutex.lock();
                        try {
                            count[0] = count[0] + 1;
                        } finally {
                            mutex.unlock();
                        }
                        count[0] = count[0] + 1;     // still held once: still protected
                        inside.decrementAndGet();
                    } finally {
                        mutex.unlock();
                    }
                }
                done += 64;
            } while (race.keepGoing(worker));
            return done;
        });
        long total = rounds.stream().mapToLong(Long::longValue).sum();
        assertThat(overlaps.get()).as("times a thread found another one holding the lock too").isZero();
        assertThat(count[0]).as("the count after %d rounds of 2 updates each", total).isEqualTo(2 * total);
    }

    /** Who is inside the lock; plain fields on purpose: only the mutex guards them. */
    private static final class Room {
        int inside;
        int entries;
    }

    @Test
    @Tag("model-check")
    @DisplayName("model check: two threads each lock twice, then unlock twice: in every order tried only one is ever inside, hold counts are right, and both finish")
    @Timeout(60)
    void everyOrderOfTwoThreadsLockingTwice() {
        ModelCheck.everyOrder("4.7 · ReentrantMutex",
                "two threads each call lock(), lock(), unlock(), unlock() at the same time: the second lock() of the "
                        + "owner returns at once with holdCount() 2, nobody else gets in before the owner's last unlock(), "
                        + "and both threads finish.",
                ORDERS, () -> {
                    ReentrantMutex mutex = new ReentrantMutex();
                    Room room = new Room();
                    ModelCheck.Body lockTwice = () -> {
                        mutex.lock();
                        room.inside++;
                        mutex.lock();
                        int held = mutex.holdCount();
                        ModelCheck.check(held == 2, "holdCount() after two lock() calls was " + held);
                        mutex.unlock();
                        ModelCheck.check(room.inside == 1, "another thread got in after the first of two unlock() calls");
                        room.entries++;
                        room.inside--;
                        mutex.unlock();
                        held = mutex.holdCount();
                        ModelCheck.check(held == 0, "holdCount() after the second unlock() was " + held);
                    };
                    ModelCheck.inParallel(new Object[] {mutex, room}, lockTwice, lockTwice);
                    ModelCheck.check(room.entries == 2, "the two threads counted " + room.entries
                            + " entries, not 2: both were inside at the same time and an update was lost");
                });
    }
}

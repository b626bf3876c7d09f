package course.ch04.exercises;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;

import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * Test support for this chapter's thread-safety exercises: runs worker threads so that they
 * really overlap, and so that a broken solution fails the test instead of hanging it.
 * <ul>
 *   <li>Workers wait at a start gate, spinning, so that they all start at the same moment.</li>
 *   <li>A worker that loops calls {@link #keepGoing(int)} now and then. The race lasts at least
 *       {@code atLeast}, and then until the workers have taken turns many times (on a busy
 *       machine threads may run one after another for a long while), but never more than
 *       {@link #AT_MOST}.</li>
 *   <li>A worker's exception fails the test, on the test thread, naming the worker.</li>
 *   <li>Worker threads are daemons, and the test thread watches them with
 *       {@link ThreadMXBean#findDeadlockedThreads()}: a deadlock fails the test at once, saying
 *       who holds and who waits for what. The stuck threads cannot keep the test JVM alive.</li>
 * </ul>
 * Not a test class: the exercise tests use it.
 */
final class Race {

    static final Duration AT_MOST = Duration.ofSeconds(5);
    static final int MIN_TURNS = 100;

    private final int workers;
    private final Duration atLeast;
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final AtomicInteger lastWorker = new AtomicInteger(-1);
    private final AtomicLong turns = new AtomicLong();
    private volatile long minEnd;
    private volatile long maxEnd;

    Race(int workers, Duration atLeast) {
        this.workers = workers;
        this.atLeast = atLeast;
    }

    /** Worker {@code worker} asks whether to go on; true until the race has lasted long enough. */
    boolean keepGoing(int worker) {
        if (lastWorker.getAndSet(worker) != worker) {
            turns.incrementAndGet();           // another worker ran since this one last asked
        }
        long now = System.nanoTime();
        return now - minEnd < 0 || (turns.get() < MIN_TURNS && now - maxEnd < 0);
    }

    /** The worker threads (complete once {@link #run} has started them). */
    List<Thread> threads() {
        return threads;
    }

    /** Runs {@code task.apply(w)} for every worker w at once and returns their results in order. */
    <T> List<T> run(IntFunction<Callable<T>> task) throws Exception {
        AtomicInteger ready = new AtomicInteger();
        AtomicBoolean go = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "race-worker-" + threads.size());
            t.setDaemon(true);
            threads.add(t);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                Callable<T> body = task.apply(i);
                futures.add(pool.submit(() -> {
                    ready.incrementAndGet();
                    while (!go.get()) {
                        Thread.onSpinWait();
                    }
                    return body.call();
                }));
            }
            await("all workers at the start gate").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(1))
                    .until(() -> ready.get() == workers);
            long now = System.nanoTime();
            minEnd = now + atLeast.toNanos();
            maxEnd = now + AT_MOST.toNanos();
            go.set(true);

            AtomicReference<String> deadlock = new AtomicReference<>();
            try {
                await("all workers to finish").atMost(AT_MOST.plusSeconds(5)).pollInterval(Duration.ofMillis(10))
                        .until(() -> {
                            deadlock.set(deadlockAmong(threads));
                            return deadlock.get() != null || futures.stream().allMatch(Future::isDone);
                        });
            } catch (ConditionTimeoutException e) {
                fail("the workers did not finish within %d s:%n%s", AT_MOST.plusSeconds(5).toSeconds(), whereAre(threads));
            }
            if (deadlock.get() != null) {
                fail("the workers deadlocked:%n%s", deadlock.get());
            }
            List<T> results = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    fail("worker " + i + " failed: " + e.getCause(), e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Null, or one line per deadlocked thread of {@code ours}: what it holds, what it waits for, who holds that. */
    static String deadlockAmong(List<Thread> ours) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] ids = mx.findDeadlockedThreads();
        if (ids == null) {
            return null;
        }
        List<Long> ourIds = ours.stream().map(Thread::threadId).toList();
        long[] stuck = Arrays.stream(ids).filter(ourIds::contains).toArray();
        if (stuck.length == 0) {
            return null;
        }
        return Arrays.stream(mx.getThreadInfo(stuck, true, true))
                .map(Race::describe)
                .collect(Collectors.joining(System.lineSeparator()));
    }

    /** One line per live worker: its state and the method it is in. */
    private static String whereAre(List<Thread> ours) {
        return ours.stream().filter(Thread::isAlive)
                .map(t -> {
                    StackTraceElement[] stack = t.getStackTrace();
                    String where = Arrays.stream(stack)
                            .filter(frame -> frame.getClassName().startsWith("course."))
                            .findFirst()
                            .map(StackTraceElement::toString)
                            .orElse(stack.length > 0 ? stack[0].toString() : "?");
                    return "  " + t.getName() + " is " + t.getState() + " in " + where;
                })
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private static String describe(ThreadInfo info) {
        String holds = Stream.concat(Arrays.stream(info.getLockedMonitors()), Arrays.stream(info.getLockedSynchronizers()))
                .map(Object::toString).collect(Collectors.joining(", "));
        return "  " + info.getThreadName() + " holds [" + holds + "] and waits for " + info.getLockName()
                + ", held by " + info.getLockOwnerName();
    }
}

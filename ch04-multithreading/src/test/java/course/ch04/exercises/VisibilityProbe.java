package course.ch04.exercises;

import course.ch04.exercises.ThreadSafeCounters.AtomicCounter;
import course.ch04.exercises.ThreadSafeCounters.LockCounter;
import course.ch04.exercises.ThreadSafeCounters.SynchronizedCounter;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * The child JVM of {@link Visibility}: one thread waits, in a loop of its own, for a change that
 * another thread makes through the exercise's methods; prints what happened and exits with
 * {@link #SEEN}, {@link #NOT_SEEN}, {@link #FAILED} or {@link #UNDECIDED}.
 *
 * <p>The waiting loops are the {@code spin...} methods: {@code while (accessor() == unchanged) { }},
 * nothing else in the loop. {@link Visibility} starts this JVM so that C2 compiles exactly these
 * methods before their first run (and inlines the accessor into them). If the accessor reads a
 * plain field without synchronization, nothing forbids C2 to read it once, before the loop, and spin
 * for ever on that value: exactly what the Java memory model allows when there is no
 * happens-before between the writer and the reader. With {@code synchronized}, a lock, a
 * {@code volatile} field or an atomic, the read is repeated and the change is seen.
 *
 * <p>Not a test class: {@code java -cp ... course.ch04.exercises.VisibilityProbe TARGET}.
 */
final class VisibilityProbe {

    // Exit codes. Not 1: that is also what the java launcher returns when the JVM cannot start.
    static final int SEEN = 0;
    static final int NOT_SEEN = 41;
    static final int FAILED = 42;
    static final int UNDECIDED = 43;
    /** The last line of a run in which the waiting thread saw every change. */
    static final String SAW_EVERY_CHANGE = "the waiting thread saw every change";

    /** Rounds per run: a wrong accessor is caught in the first one; more only make that surer. */
    static final int ROUNDS = 3;
    /** How long the writer lets the reader spin before it changes the value. */
    static final long SPIN_FIRST_MILLIS = 5;
    /** How long after the change a reader that sees it has surely seen it (unless the machine is busy). */
    static final long QUICK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /** CPU time the reader may spin after that without seeing the change: then it never will. */
    static final long READER_CPU_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    /** Wall time after the change that decides without CPU time (not measurable, or a starved reader). */
    static final long WALL_NANOS = TimeUnit.SECONDS.toNanos(10);

    /** One wait: {@code spin} returns once it sees what {@code change} did. */
    record Round(Runnable spin, ThrowingRunnable change, Runnable cleanUp) {
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    // The waiting loops. Each parameter has the exact class, so the accessor is bound statically and
    // inlined. Nothing else happens in a loop: any other call or volatile read could make C2 read the
    // field again, and hide the mistake.

    static void spinSynchronizedCounter(SynchronizedCounter counter) {
        while (counter.get() == 0) {
        }
    }

    static void spinLockCounter(LockCounter counter) {
        while (counter.get() == 0) {
        }
    }

    static void spinAtomicCounter(AtomicCounter counter) {
        while (counter.get() == 0) {
        }
    }

    static void spinBufferSize(BoundedBuffer<String> buffer) {
        while (buffer.size() == 0) {
        }
    }

    static void spinLimiterAvailable(ConcurrencyLimiter limiter) {
        while (limiter.available() == 0) {
        }
    }

    static void spinBalance(BankAccount account) {
        while (account.balance() == 0) {
        }
    }

    /**
     * A round for {@code target}; {@code changed} true gives one whose change has already been made
     * (the first, untimed call that makes the JIT compile the loop).
     */
    static Round round(String target, boolean changed) throws Exception {
        switch (target) {
            case "SynchronizedCounter" -> {
                SynchronizedCounter counter = new SynchronizedCounter();
                if (changed) {
                    counter.incrementAndGet();
                }
                return new Round(() -> spinSynchronizedCounter(counter), counter::incrementAndGet, () -> { });
            }
            case "LockCounter" -> {
                LockCounter counter = new LockCounter();
                if (changed) {
                    counter.incrementAndGet();
                }
                return new Round(() -> spinLockCounter(counter), counter::incrementAndGet, () -> { });
            }
            case "AtomicCounter" -> {
                AtomicCounter counter = new AtomicCounter();
                if (changed) {
                    counter.add(1);
                }
                return new Round(() -> spinAtomicCounter(counter), () -> counter.add(1), () -> { });
            }
            case "BoundedBuffer.size" -> {
                BoundedBuffer<String> buffer = new BoundedBuffer<>(2);
                if (changed) {
                    buffer.put("item");
                }
                return new Round(() -> spinBufferSize(buffer), () -> buffer.put("item"), () -> { });
            }
            case "ConcurrencyLimiter.available" -> {
                // A holder thread keeps the only place; the change is that its task ends and gives it back.
                ConcurrencyLimiter limiter = new ConcurrencyLimiter(1);
                if (changed) {
                    return new Round(() -> spinLimiterAvailable(limiter), () -> { }, () -> { });
                }
                CountDownLatch inside = new CountDownLatch(1);
                CountDownLatch letGo = new CountDownLatch(1);
                Thread holder = Thread.ofPlatform().daemon().name("holder").start(() -> {
                    try {
                        limiter.call(() -> {
                            inside.countDown();
                            return letGo.await(30, TimeUnit.SECONDS);
                        });
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                if (!inside.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the holder's task did not start within 10 s");
                }
                return new Round(() -> spinLimiterAvailable(limiter), () -> {
                    letGo.countDown();
                    holder.join(10_000);     // the place is back once call() has returned
                }, letGo::countDown);
            }
            case "BankAccount.balance" -> {
                BankAccount from = new BankAccount(10);
                BankAccount to = new BankAccount(changed ? 1 : 0);
                return new Round(() -> spinBalance(to), () -> BankAccount.transfer(from, to, 1), () -> { });
            }
            default -> throw new IllegalArgumentException("unknown target " + target);
        }
    }

    private static volatile int spinning;        // round the reader is about to wait in (0: warming up)
    private static volatile int seen;            // last round whose change the reader saw
    private static volatile Throwable readerFailure;

    public static void main(String[] args) throws Exception {
        String target = args[0];
        List<Round> rounds = new ArrayList<>();
        try {
            rounds.add(round(target, true));
            for (int i = 1; i <= ROUNDS; i++) {
                rounds.add(round(target, false));
            }
        } catch (Throwable e) {
            System.out.println("setting up failed: " + e);
            e.printStackTrace(System.out);
            System.exit(FAILED);
        }

        Thread reader = Thread.ofPlatform().daemon().name("reader").unstarted(() -> {
            try {
                for (int i = 0; i < rounds.size(); i++) {
                    spinning = i;
                    rounds.get(i).spin().run();      // round 0 returns at once: it only gets the loop compiled
                    seen = i;
                }
            } catch (Throwable e) {
                readerFailure = e;
            }
        });
        reader.start();
        int code = SEEN;
        String report = SAW_EVERY_CHANGE + " (" + ROUNDS + " rounds)";
        for (int i = 1; i <= ROUNDS && code == SEEN && readerFailure == null; i++) {
            int round = i;
            if (!within(WALL_NANOS, () -> spinning >= round || readerFailure != null)) {
                finish(UNDECIDED, "the waiting thread did not reach round " + i + " within 10 s", rounds);
            }
            if (readerFailure != null) {
                break;
            }
            // The behaviour under test, not a wait for something: the reader must read the unchanged
            // value in its compiled loop, and spin, before the change is made.
            Thread.sleep(SPIN_FIRST_MILLIS);
            try {
                rounds.get(i).change().run();
            } catch (Throwable e) {
                System.out.println("the change failed: " + e);
                e.printStackTrace(System.out);
                finish(FAILED, null, rounds);
            }
            String stale = awaitSeen(i, reader);
            if (stale != null) {
                code = stale.startsWith("undecided") ? UNDECIDED : NOT_SEEN;
                report = "round " + i + ": " + stale;
            }
        }
        if (readerFailure != null) {
            System.out.println("the waiting thread failed: " + readerFailure);
            readerFailure.printStackTrace(System.out);
            finish(FAILED, null, rounds);
        }
        finish(code, report, rounds);
    }

    /** Null once the reader has seen round {@code round}'s change; otherwise why it never will. */
    private static String awaitSeen(int round, Thread reader) {
        long changed = System.nanoTime();
        // A reader that sees the change does so at once; only one that does not costs more time.
        BooleanSupplier seenOrFailed = () -> seen >= round || readerFailure != null;
        if (within(QUICK_NANOS, seenOrFailed)) {
            return null;
        }
        // Not seen yet: a reader that never sees it, or one that got no processor time (a busy machine).
        // Tell them apart by the reader's CPU time: spinning that long without seeing it is final.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuTime = threads.isThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        long cpuStart = cpuTime ? threads.getThreadCpuTime(reader.threadId()) : 0;
        BooleanSupplier readerCpu = () -> (cpuTime ? threads.getThreadCpuTime(reader.threadId()) - cpuStart
                : System.nanoTime() - changed) >= READER_CPU_NANOS;
        within(WALL_NANOS, () -> seenOrFailed.getAsBoolean() || readerCpu.getAsBoolean());
        if (!seenOrFailed.getAsBoolean()) {
            long wall = System.nanoTime() - changed;
            long cpu = cpuTime ? threads.getThreadCpuTime(reader.threadId()) - cpuStart : wall;
            if (cpu >= READER_CPU_NANOS) {
                return "the waiting thread still had not seen the change " + TimeUnit.NANOSECONDS.toMillis(wall)
                        + " ms after it was made" + (cpuTime ? ", though it spun for " + TimeUnit.NANOSECONDS.toMillis(cpu)
                        + " ms of CPU time since " + TimeUnit.NANOSECONDS.toMillis(QUICK_NANOS) + " ms after it" : "");
            }
            return "undecided: the waiting thread had not seen the change after " + TimeUnit.NANOSECONDS.toMillis(wall)
                    + " ms, but got only " + TimeUnit.NANOSECONDS.toMillis(cpu) + " ms of CPU time";
        }
        return null;
    }

    /** Whether {@code condition} holds within {@code nanos}, checked at once and then every millisecond. */
    private static boolean within(long nanos, BooleanSupplier condition) {
        try {
            await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).atMost(Duration.ofNanos(nanos))
                    .until(condition::getAsBoolean);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    private static void finish(int code, String report, List<Round> rounds) {
        rounds.forEach(r -> r.cleanUp().run());
        if (report != null) {
            System.out.println(report);
        }
        System.out.flush();
        Runtime.getRuntime().halt(code);            // the reader may be spinning for ever
    }
}

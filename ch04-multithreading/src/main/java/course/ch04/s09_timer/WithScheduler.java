package course.ch04.s09_timer;

import course.kit.Pace;
import course.kit.Usage;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * §4.9 Timer (定时器) — the recommended way: {@link ScheduledExecutorService#schedule}.
 *
 * <p><b>The Python original</b> runs {@code foo()}, which prints "from foo", two seconds later
 * with {@code Timer(2, foo)}. Here the same delay comes from a scheduler that answers every
 * objection to {@link WithTimer}'s {@code java.util.Timer}: it can have several threads, it
 * measures delays with {@code System.nanoTime} (immune to clock changes), and each
 * {@code schedule} returns a {@link ScheduledFuture} carrying the task's result or its
 * exception and offering {@code cancel}. A task that throws fails only its own future.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.9}
 *
 * <p><b>Expected</b> (every line, every run):
 * <pre>
 * ScheduledExecutorService: foo in 2 s, a second task in 3 s that is cancelled at once
 * from foo
 * a failing task: ExecutionException caused by IllegalStateException: database down
 * the scheduler lives on: still scheduling
 * cancel() returned true; the cancelled task ran: false
 * </pre>
 */
public final class WithScheduler {

    /** How long after scheduling foo completed, and what became of the cancelled task. */
    public record Outcome(Duration fooAfter, boolean cancelReturned, boolean cancelledRan) {
    }

    private WithScheduler() {
    }

    private static long millis(long nominal) {
        return Pace.scaled(Duration.ofMillis(nominal)).toMillis();
    }

    /** Runs the demo, reporting each step through {@code say}. */
    public static Outcome run(Consumer<String> say) throws InterruptedException {
        AtomicBoolean cancelledRan = new AtomicBoolean();
        boolean cancelReturned;
        long start;
        long fooAt;
        // ExecutorService is AutoCloseable since Java 19: close() = shutdown() + wait. Delayed
        // tasks still pending at shutdown still run (the default policy); cancelled ones do not.
        try (ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                runnable -> Thread.ofPlatform().name("scheduler").unstarted(runnable))) {
            start = System.nanoTime();
            ScheduledFuture<String> foo = scheduler.schedule(() -> "from foo", millis(2000), TimeUnit.MILLISECONDS);

            ScheduledFuture<?> second = scheduler.schedule(() -> cancelledRan.set(true), millis(3000), TimeUnit.MILLISECONDS);
            cancelReturned = second.cancel(false);   // false: do not interrupt it if already running

            // A task that throws: the exception waits in its future; the thread survives.
            Callable<Integer> query = () -> {
                throw new IllegalStateException("database down");
            };
            ScheduledFuture<Integer> failing = scheduler.schedule(query, millis(500), TimeUnit.MILLISECONDS);

            try {
                say.accept(foo.get());       // blocks until the task has run
                fooAt = System.nanoTime();
            } catch (ExecutionException e) {
                throw new IllegalStateException("foo cannot fail", e);
            }
            try {
                failing.get();
            } catch (ExecutionException e) {
                say.accept("a failing task: ExecutionException caused by "
                        + e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage());
            }
            ScheduledFuture<String> after = scheduler.schedule(() -> "still scheduling", 0, TimeUnit.MILLISECONDS);
            try {
                say.accept("the scheduler lives on: " + after.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("the follow-up task cannot fail", e);
            }
        }
        // close() has waited for every task that was not cancelled, so the flag is final now.
        return new Outcome(Duration.ofNanos(fooAt - start), cancelReturned, cancelledRan.get());
    }

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, WithScheduler.class);
        System.out.println("ScheduledExecutorService: foo in 2 s, a second task in 3 s that is cancelled at once");
        Outcome outcome = run(System.out::println);
        System.out.println("cancel() returned " + outcome.cancelReturned()
                + "; the cancelled task ran: " + outcome.cancelledRan());
    }
}

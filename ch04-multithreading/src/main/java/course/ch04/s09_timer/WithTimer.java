package course.ch04.s09_timer;

import course.kit.Pace;
import course.kit.Usage;

import java.time.Duration;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * §4.9 Timer (定时器) — the old way: {@link java.util.Timer}.
 *
 * <p><b>The Python original</b> creates {@code Timer(2, foo)} and starts it: two seconds later,
 * on another thread, {@code foo()} prints "from foo". Python's {@code Timer} can also be
 * cancelled before it fires.
 *
 * <p><b>In Java</b> {@code java.util.Timer} (1998) does the same with one background thread per
 * {@code Timer}. It still works, but {@link WithScheduler} shows what to use instead, because:
 * <ul>
 *   <li>all tasks share that single thread, so one slow task delays every other one;</li>
 *   <li>a task that throws kills the thread: every later task is silently dropped, and the next
 *       {@code schedule} throws {@code IllegalStateException: Timer already cancelled};</li>
 *   <li>it schedules by the wall clock ({@code currentTimeMillis}), so moving the system clock
 *       moves the tasks;</li>
 *   <li>a task gives back no result and no exception: there is no {@code Future}.</li>
 * </ul>
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.9}
 *
 * <p><b>Expected</b> (every line, every run):
 * <pre>
 * java.util.Timer: foo in 2 s, a second task in 3 s that is cancelled at once
 * from foo
 * cancel() returned true; the cancelled task ran: false
 * </pre>
 */
public final class WithTimer {

    /** What happened: how long after scheduling foo ran, and what became of the cancelled task. */
    public record Outcome(Duration fooAfter, boolean cancelReturned, boolean cancelledRan) {
    }

    private WithTimer() {
    }

    /** A {@link TimerTask} is an abstract class, not an interface: wrap a lambda in one. */
    private static TimerTask task(Runnable body) {
        return new TimerTask() {
            @Override
            public void run() {
                body.run();
            }
        };
    }

    /** Runs the demo; the timer task foo says "from foo" through {@code say}. */
    public static Outcome run(Consumer<String> say) throws InterruptedException {
        // A daemon Timer: if we forgot cancel(), its thread would not keep the JVM alive.
        Timer timer = new Timer("timer-demo", true);
        try {
            CountDownLatch fooDone = new CountDownLatch(1);
            AtomicLong fooAt = new AtomicLong();
            long start = System.nanoTime();
            timer.schedule(task(() -> {                       // Timer(2, foo).start()
                fooAt.set(System.nanoTime());
                say.accept("from foo");
                fooDone.countDown();
            }), Pace.scaled(Duration.ofSeconds(2)).toMillis());

            // Scheduled, then cancelled before it is due: cancel() returns true, it never runs.
            AtomicBoolean cancelledRan = new AtomicBoolean();
            TimerTask second = task(() -> cancelledRan.set(true));
            timer.schedule(second, Pace.scaled(Duration.ofSeconds(3)).toMillis());
            boolean cancelReturned = second.cancel();

            // The Timer runs its tasks one at a time, in order of time, on its one thread. Once a
            // task due *after* the cancelled one has run, the cancelled one has had its chance:
            // "it never ran" is then a fact, not a guess after some sleep.
            CountDownLatch later = new CountDownLatch(1);
            timer.schedule(task(later::countDown), Pace.scaled(Duration.ofMillis(3100)).toMillis());
            fooDone.await();
            later.await();
            return new Outcome(Duration.ofNanos(fooAt.get() - start), cancelReturned, cancelledRan.get());
        } finally {
            timer.cancel();   // ends the Timer's thread once the current task (if any) is done
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, WithTimer.class);
        System.out.println("java.util.Timer: foo in 2 s, a second task in 3 s that is cancelled at once");
        Outcome outcome = run(System.out::println);
        System.out.println("cancel() returned " + outcome.cancelReturned()
                + "; the cancelled task ran: " + outcome.cancelledRan());
    }
}

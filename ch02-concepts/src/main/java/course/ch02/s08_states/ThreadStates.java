package course.ch02.s08_states;

import course.kit.Usage;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * §2.8 Process states (进程的状态) — one thread driven through all six {@link Thread.State}s.
 *
 * <p><b>The Python original</b> says a process stops running for one of two reasons: it waits
 * for something (input, say) and gives up the CPU, or the OS hands the CPU to another process
 * (its time slice is over, or a more urgent one is ready). Hence three states, running, ready
 * and blocked, with four transitions between them (the chapter README draws them).
 *
 * <p><b>In Java</b> the state reported is a <em>thread's</em>, in six values. RUNNABLE covers both
 * running and ready (the JVM does not know which); BLOCKED, WAITING and TIMED_WAITING are three kinds of
 * blocked; NEW and TERMINATED are the time before and after the thread's life. Here main holds
 * a thread at each state with a lock or a latch, and prints the state it observes. Each state
 * is observed, not assumed: main polls until the thread has reached that point <em>and</em>
 * reports that state.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch02-concepts compile exec:exec -Dsection=2.8}
 *
 * <p><b>Expected</b> (the same every run: each state is waited for before it is printed):
 * <pre>
 * NEW            created; start() not called yet
 * RUNNABLE       spinning in a loop: running, or ready to run
 * BLOCKED        wants the monitor of synchronized (monitor), which main holds
 * WAITING        in latch.await(), which has no time limit
 * TIMED_WAITING  in latch.await(1, MINUTES)
 * TERMINATED     run() has returned
 * </pre>
 */
public final class ThreadStates {

    static final Duration LIMIT = Duration.ofSeconds(10);

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, ThreadStates.class);
        Object monitor = new Object();
        AtomicBoolean keepSpinning = new AtomicBoolean(true);
        CountDownLatch endWait = new CountDownLatch(1);
        CountDownLatch endTimedWait = new CountDownLatch(1);
        AtomicInteger reached = new AtomicInteger();       // the step the thread has come to

        Thread subject = new Thread(() -> {
            reached.set(1);
            while (keepSpinning.get()) {
                Thread.onSpinWait();                       // RUNNABLE: it uses the CPU
            }
            reached.set(2);
            synchronized (monitor) {                       // BLOCKED: main holds the monitor
                reached.set(3);
            }
            try {
                endWait.await();                           // WAITING: parked, no time limit
                reached.set(4);
                endTimedWait.await(1, TimeUnit.MINUTES);   // TIMED_WAITING: parked with a deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "subject");

        show(subject.getState(), "created; start() not called yet");
        synchronized (monitor) {
            subject.start();
            show(observe(subject, reached, 1, Thread.State.RUNNABLE), "spinning in a loop: running, or ready to run");
            keepSpinning.set(false);
            show(observe(subject, reached, 2, Thread.State.BLOCKED),
                    "wants the monitor of synchronized (monitor), which main holds");
        }
        show(observe(subject, reached, 3, Thread.State.WAITING), "in latch.await(), which has no time limit");
        endWait.countDown();
        show(observe(subject, reached, 4, Thread.State.TIMED_WAITING), "in latch.await(1, MINUTES)");
        endTimedWait.countDown();
        subject.join();
        show(subject.getState(), "run() has returned");
    }

    /**
     * Waits until {@code thread} has reached {@code step} and is in {@code wanted}, then returns
     * that state; after {@link #LIMIT} returns whatever state the thread is in.
     */
    static Thread.State observe(Thread thread, AtomicInteger reached, int step, Thread.State wanted) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        Thread.State state = thread.getState();
        while (!(reached.get() >= step && state == wanted) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            state = thread.getState();
        }
        return state;
    }

    static void show(Thread.State state, String what) {
        System.out.printf("%-14s %s%n", state, what);
    }
}

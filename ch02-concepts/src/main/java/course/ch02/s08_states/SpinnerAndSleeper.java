package course.ch02.s08_states;

import course.kit.Usage;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * §2.8 Process states (进程的状态) — the child JVM that {@link ProcStateLetters} looks at: one
 * thread named {@code spinner} keeps a CPU busy, one named {@code sleeper} waits on a latch.
 * It prints {@code ready} once both are at it, and ends when its standard input closes.
 */
public final class SpinnerAndSleeper {

    public static void main(String[] args) throws IOException, InterruptedException {
        Usage.noArguments(args, SpinnerAndSleeper.class);
        AtomicBoolean spin = new AtomicBoolean(true);
        CountDownLatch wakeUp = new CountDownLatch(1);
        // The JVM gives each thread's OS task the thread's name: /proc shows "spinner", "sleeper".
        Thread spinner = new Thread(() -> {
            while (spin.get()) {
                Thread.onSpinWait();
            }
        }, "spinner");
        Thread sleeper = new Thread(() -> {
            try {
                wakeUp.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sleeper");
        spinner.start();
        sleeper.start();
        while (spinner.getState() != Thread.State.RUNNABLE || sleeper.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        System.out.println("ready");
        try {
            while (System.in.read() != -1) {
                // wait until the parent closes our input, or dies
            }
        } finally {
            spin.set(false);
            wakeUp.countDown();
            spinner.join();
            sleeper.join();
        }
    }
}

package course.ch03.s06_join;

import course.ch03.process.JavaProcess;
import course.ch03.s02_process.Sleeper;
import course.kit.Pace;
import course.kit.Usage;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * §3.6 join — the rules: a timeout bounds the wait, a process can be joined many times, and
 * only a started process can be joined.
 *
 * <p><b>The Python original</b> lists them: {@code join()} blocks until the process ends;
 * {@code join(timeout)} waits at most that long (and returns None either way: check
 * {@code is_alive()}); joining again is fine; joining a process that was never started is an
 * error; a process joining itself would wait forever.
 *
 * <p><b>In Java</b> {@code join(Duration)} returns whether the child ended, like
 * {@code Process.waitFor(long, TimeUnit)}. The self-join deadlock exists for threads
 * ({@code Thread.currentThread().join()} never returns); a {@code JavaProcess} object lives in
 * the parent only, so it cannot be asked to join itself.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.6}
 *
 * <p><b>Expected</b> (the same on every run):
 * <pre>
 * join(1 s timeout) returned false: isAlive=true
 * after terminate() and join(): isAlive=false exitCode=-15
 * join() again returns at once; join(Duration.ZERO) says ended: true
 * join() before start(): IllegalStateException: can only join a started process
 * </pre>
 */
public final class JoinRules {

    private JoinRules() {
    }

    public static void main(String[] args) throws Exception {
        Usage.noArguments(args, JoinRules.class);
        JavaProcess sleeper = new JavaProcess(Sleeper.class, List.of("600"), "sleeper")
                .forwardOutput(line -> { }, System.err::println);
        sleeper.start();
        // Wait for the child's first line ("... sleeps 600.0 s"): a JVM stopped while it is still
        // starting up may end with exit code 1 instead of the -15 this demo shows.
        if (!sleeper.awaitFirstLine(Duration.ofSeconds(30))) {
            sleeper.kill();
            throw new IllegalStateException("the sleeper did not start within 30 s");
        }

        // A bounded wait: the child sleeps 10 minutes, so after 1 s it is still running.
        boolean ended = sleeper.join(Pace.scaled(Duration.ofSeconds(1)));
        System.out.println("join(1 s timeout) returned " + ended + ": isAlive=" + sleeper.isAlive());

        // Waiting longer is a choice; here the parent gives up and stops the child (§3.7).
        sleeper.terminate();
        sleeper.join();
        System.out.println("after terminate() and join(): isAlive=" + sleeper.isAlive()
                + " exitCode=" + sleeper.exitCode().getAsInt());

        // Joining an ended process again is harmless and immediate.
        sleeper.join();
        System.out.println("join() again returns at once; join(Duration.ZERO) says ended: "
                + sleeper.join(Duration.ZERO));

        // There is nothing to wait for before start().
        try {
            new JavaProcess(Sleeper.class, "0").join();
        } catch (IllegalStateException e) {
            System.out.println("join() before start(): IllegalStateException: " + e.getMessage());
        }
    }
}

package course.ch03.s02_process;

import course.ch03.process.JavaProcess;
import course.kit.Usage;

import java.time.Duration;
import java.util.List;

/**
 * §3.2 The Process class (Process类) — every method and attribute of {@link JavaProcess}, once.
 *
 * <p><b>The Python original</b> lists what {@code Process} offers: the constructor (target,
 * args, name), {@code start}, {@code run}, {@code terminate}, {@code is_alive},
 * {@code join(timeout)}, and the attributes {@code daemon}, {@code name}, {@code pid} and
 * {@code exitcode} (None while running, −N after death by signal N).
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.2}
 *
 * <p><b>Expected</b> (one run; the pid on the second line varies, every other line is the same each time):
 * <pre>
 * before start: name=sleeper daemon=false isAlive=false exitCode=OptionalInt.empty
 * after start: pid=16440 isAlive=true exitCode=OptionalInt.empty
 * after terminate() and join(): isAlive=false exitCode=-15
 * start() again: IllegalStateException: cannot start a process twice
 * a child that exits with 3: exitCode=3
 * a child that throws: exitCode=1, its stderr starts with: Exception in thread "main" java.lang.IllegalStateException: no config file
 * </pre>
 */
public final class ProcessApiTour {

    private ProcessApiTour() {
    }

    /** A child main that fails the way Python's does with an uncaught exception. */
    public static final class Fails {
        private Fails() {
        }

        public static void main(String[] args) {
            Usage.noArguments(args, Fails.class);
            throw new IllegalStateException("no config file");
        }
    }

    public static void main(String[] args) throws Exception {
        Usage.noArguments(args, ProcessApiTour.class);
        // Python: p = Process(target=sleeper, args=(600,), name='sleeper'). Nothing runs yet.
        JavaProcess p = new JavaProcess(Sleeper.class, List.of("600"), "sleeper")
                .forwardOutput(line -> { }, System.err::println);
        System.out.println("before start: name=" + p.name() + " daemon=" + p.isDaemon()
                + " isAlive=" + p.isAlive() + " exitCode=" + p.exitCode());

        // start() launches the child JVM; it sleeps 10 minutes, so it is certainly alive now.
        p.start();
        System.out.println("after start: pid=" + p.pid() + " isAlive=" + p.isAlive() + " exitCode=" + p.exitCode());
        // Before stopping it, wait for its first line ("... sleeps 600.0 s"): a JVM stopped while it
        // is still starting up may end with exit code 1 instead of the -15 shown below.
        if (!p.awaitFirstLine(Duration.ofSeconds(30))) {
            p.kill();
            throw new IllegalStateException("the sleeper did not start within 30 s");
        }

        // terminate() sends SIGTERM; join() waits for the end. A JVM exits with 143 = 128 + 15,
        // which JavaProcess reports as Python does: -15.
        p.terminate();
        p.join();
        System.out.println("after terminate() and join(): isAlive=" + p.isAlive() + " exitCode=" + p.exitCode().getAsInt());

        // A process object starts once, as in Python.
        try {
            p.start();
        } catch (IllegalStateException e) {
            System.out.println("start() again: IllegalStateException: " + e.getMessage());
        }

        // The exit code is the child's System.exit value ...
        JavaProcess three = new JavaProcess(Sleeper.class, "0", "3");
        three.start();
        three.join(Duration.ofSeconds(30));
        System.out.println("a child that exits with 3: exitCode=" + three.exitCode().getAsInt());

        // ... and 1 when main throws: the JVM prints the stack trace on stderr, kept here.
        JavaProcess fails = new JavaProcess(Fails.class);
        fails.start();
        fails.join();
        System.out.println("a child that throws: exitCode=" + fails.exitCode().getAsInt()
                + ", its stderr starts with: " + fails.errorOutput().lines().findFirst().orElse("(nothing)"));
    }
}

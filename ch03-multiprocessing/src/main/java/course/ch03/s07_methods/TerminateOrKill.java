package course.ch03.s07_methods;

import course.ch03.process.JavaProcess;
import course.kit.Pace;
import course.kit.Usage;

import java.time.Duration;

/**
 * §3.7 Other methods and attributes (其他方法和属性) — {@code terminate()} is a request, not an
 * instant: {@code isAlive()} is usually still true right after it, and false a little later.
 *
 * <p><b>The Python original</b> calls {@code p.terminate()}, prints {@code p.is_alive()} at once
 * (True), sleeps, and prints it again (False). It warns that terminate() does no cleanup: the
 * child's own children become orphans and locks it holds are never released.
 *
 * <p><b>In Java</b> {@code terminate()} is {@code Process.destroy()}: SIGTERM. A JVM receiving it
 * runs its shutdown hooks (not its {@code finally} blocks) and exits with 143, reported as −15.
 * {@code kill()} is {@code destroyForcibly()}: SIGKILL, nothing runs, reported as −9. The demo
 * watches the change by polling {@code isAlive()} — a fixed sleep would only guess.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.7}
 *
 * <p><b>Expected</b> (one run; pids and times vary; the first isAlive of each part is true unless the
 * child is very quick, and the hook's line may come before or after the line above it):
 * <pre>
 * child (pid 22950) running; a shutdown hook is installed
 * terminate(): isAlive() right after: true
 * child: shutdown hook runs
 * terminate(): isAlive() became false after 14 ms
 * terminate(): exitCode -15
 * child (pid 22996) running; a shutdown hook is installed
 * kill(): isAlive() right after: true
 * kill(): isAlive() became false after 3 ms
 * kill(): exitCode -9
 * </pre>
 */
public final class TerminateOrKill {

    private TerminateOrKill() {
    }

    /** A child with a shutdown hook, to show which way of stopping lets it run. */
    public static final class WithHook {
        private WithHook() {
        }

        public static void main(String[] args) throws InterruptedException {
            Usage.noArguments(args, WithHook.class);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("child: shutdown hook runs")));
            System.out.println("child (pid " + ProcessHandle.current().pid() + ") running; a shutdown hook is installed");
            Pace.sleep(Duration.ofMinutes(10));
        }
    }

    public static void main(String[] args) throws Exception {
        Usage.noArguments(args, TerminateOrKill.class);
        stop("terminate()", JavaProcess::terminate);
        stop("kill()", JavaProcess::kill);
    }

    private static void stop(String how, java.util.function.Consumer<JavaProcess> stopper) throws Exception {
        JavaProcess child = new JavaProcess(WithHook.class).forwardOutput(System.out, System.err);
        child.start();
        if (!child.awaitFirstLine(Duration.ofSeconds(30))) {
            child.kill();
            throw new IllegalStateException("the child did not start within 30 s");
        }

        stopper.accept(child);
        System.out.println(how + ": isAlive() right after: " + child.isAlive());

        // Poll: ask again and again, with a short pause, until the answer changes.
        long start = System.nanoTime();
        while (child.isAlive()) {
            Pace.sleepMillis(1);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        child.join();                       // ended: this only collects its last output
        System.out.println(how + ": isAlive() became false after " + millis + " ms");
        System.out.println(how + ": exitCode " + child.exitCode().getAsInt());
    }
}

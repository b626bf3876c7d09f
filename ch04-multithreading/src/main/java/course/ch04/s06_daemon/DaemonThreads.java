package course.ch04.s06_daemon;

import course.kit.ChildJvm;
import course.kit.Pace;
import course.kit.Usage;

import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * §4.6 Daemon threads (守护线程) — the JVM does not wait for them.
 *
 * <p><b>The Python original</b> starts a thread with {@code daemon = True} that prints a line,
 * sleeps 2 s and prints "done"; the main thread prints "主" and ends. The process ends when its
 * last non-daemon thread ends and kills any daemon still running, so "done" never appears.
 *
 * <p><b>In Java</b> the rule is the same: the JVM exits when no <em>user</em> (non-daemon) thread is left,
 * and daemon threads are stopped where they stand — no {@code finally}, no cleanup. Set the flag
 * with {@code setDaemon(true)} <em>before</em> {@code start()} (afterwards it throws). Virtual
 * threads (§4.3) are always daemons.
 *
 * <p>To show a JVM ending, each case runs in a fresh child JVM ({@link ChildJvm}); this program
 * prints what the child printed. The daemon cases run at full speed: their JVM does not wait for
 * the 2 s pause, so it costs nothing.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.6}
 *
 * <p><b>Expected</b> (in the "user" case, "main: done" and "user: done" may come in either order):
 * <pre>
 * --- daemon thread, in a fresh JVM
 * daemon: start
 * main: done
 * exit code 0; the daemon's "done" line never printed
 * --- virtual thread, in a fresh JVM
 * virtual: start (daemon=true)
 * main: done
 * exit code 0; the virtual thread's "done" line never printed
 * --- user thread, in a fresh JVM
 * user: start
 * main: done
 * user: done
 * exit code 0; the JVM waited for the user thread
 * </pre>
 */
public final class DaemonThreads {

    /** The child JVM's program: {@code daemon}, {@code virtual} or {@code user}. */
    public static final class Child {
        public static void main(String[] args) throws InterruptedException {
            String kind = args.length == 1 ? args[0] : "";
            CountDownLatch started = new CountDownLatch(1);
            Runnable task = () -> {
                System.out.println(kind + ": start" + (kind.equals("virtual") ? " (daemon=" + Thread.currentThread().isDaemon() + ")" : ""));
                started.countDown();
                try {
                    Pace.sleep(Duration.ofSeconds(2));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                System.out.println(kind + ": done");
            };
            switch (kind) {
                case "daemon" -> {
                    Thread t = new Thread(task);
                    t.setDaemon(true);                 // before start(), or IllegalThreadStateException
                    t.start();
                }
                case "virtual" -> Thread.ofVirtual().start(task);   // always a daemon
                case "user" -> new Thread(task).start();             // the default: a user thread
                default -> {
                    Usage.exit("usage: DaemonThreads$Child daemon|virtual|user");
                    return;
                }
            }
            // Wait until the thread has printed its first line, so that every run shows it;
            // then main ends, like the original's print('主').
            started.await();
            System.out.println("main: done");
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Usage.noArguments(args, DaemonThreads.class);
        runChild("daemon", "daemon thread", "the daemon's \"done\" line never printed", false);
        runChild("virtual", "virtual thread", "the virtual thread's \"done\" line never printed", false);
        runChild("user", "user thread", "the JVM waited for the user thread", true);
    }

    private static void runChild(String kind, String title, String verdict, boolean jvmWaits)
            throws IOException, InterruptedException {
        System.out.println("--- " + title + ", in a fresh JVM");
        List<String> command = new ArrayList<>(ChildJvm.command(Child.class, kind));
        if (!jvmWaits) {
            // Real time for the thread the JVM will not wait for: a 2 s pause cannot end before
            // the JVM does, however slow the machine, and nobody waits for it anyway.
            command.set(command.indexOf(Pace.jvmOption()), "-D" + Pace.PROPERTY + "=1.0");
        }
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            // The child prints a few lines and ends: reading to the end of its output is safe.
            String output = new String(child.getInputStream().readAllBytes(), Charset.defaultCharset());
            if (!child.waitFor(20, TimeUnit.SECONDS)) {
                System.out.println("the child JVM did not end within 20 s");
                return;
            }
            output.lines().forEach(System.out::println);
            boolean done = output.lines().anyMatch(line -> line.equals(kind + ": done"));
            System.out.println("exit code " + child.exitValue() + "; "
                    + (done == jvmWaits ? verdict : "unexpected: done line " + (done ? "printed" : "missing")));
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
    }
}

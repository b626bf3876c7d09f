package course.ch03.s08_daemon;

import course.ch03.process.JavaProcess;
import course.ch03.s03_using.Greeter;
import course.kit.Usage;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * §3.8 Daemon processes (守护进程) — a daemon child ends when its parent ends, and may not have
 * children.
 *
 * <p><b>The Python original</b> sets {@code p.daemon = True} before {@code start()}: when the
 * main code ends, the daemon child is terminated, while a normal child is waited for. A daemon
 * that starts a process gets {@code AssertionError: daemonic processes are not allowed to have
 * children}.
 *
 * <p><b>In Java</b> nothing of this exists for processes: the operating system lets a child run
 * on when its parent ends, and a JVM waits for no child at exit. {@link JavaProcess} builds it:
 * {@code setDaemon(true)} registers the child with a shutdown hook that terminates it when this
 * JVM exits, and tells the child this JVM's pid so it can watch it (see
 * {@link ParentKilledDaemonEnds} for a parent killed with {@code kill -9}). A daemon child that
 * starts a process gets an {@code IllegalStateException} with Python's message.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.8}
 *
 * <p><b>Expected</b> (one run; pids vary, and the worker's line may come earlier):
 * <pre>
 * daemon (pid 24943): daemon=true, trying to start a child of my own
 * daemon (pid 24943): IllegalStateException: daemonic processes are not allowed to have children
 * daemon (pid 24943): sleeping 10 minutes; my parent's end will end me first
 * My name is worker
 * main: the worker has ended; when this JVM exits, its shutdown hook terminates the daemon (pid 24943)
 * </pre>
 */
public final class DaemonEndsWithParent {

    private DaemonEndsWithParent() {
    }

    public static void main(String[] args) throws Exception {
        Usage.noArguments(args, DaemonEndsWithParent.class);
        CountDownLatch daemonAsleep = new CountDownLatch(1);
        JavaProcess daemon = new JavaProcess(DaemonChild.class, List.of(), "daemon")
                .setDaemon(true)                                  // before start(), as in Python
                .forwardOutput(line -> {
                    System.out.println(line);
                    if (line.contains("sleeping")) {
                        daemonAsleep.countDown();
                    }
                }, System.err::println);
        JavaProcess worker = new JavaProcess(Greeter.class, List.of("worker", "1"), "worker")
                .forwardOutput(System.out, System.err);
        daemon.start();
        worker.start();

        // A JVM does not wait for its children: join the worker, as Python would at exit.
        worker.join();
        // Wait for the daemon's three lines only so that the output reads well.
        daemonAsleep.await(30, TimeUnit.SECONDS);
        System.out.println("main: the worker has ended; when this JVM exits, its shutdown hook terminates the daemon (pid "
                + daemon.pid() + ")");
    }
}

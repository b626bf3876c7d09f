package course.ch03.s08_daemon;

import course.ch03.process.JavaProcess;
import course.ch03.process.Liveness;
import course.kit.Pace;
import course.kit.Usage;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * §3.8 Daemon processes (守护进程) — the parent is killed with SIGKILL ({@code kill -9}); its daemon
 * child still ends.
 *
 * <p><b>The Python original</b> only covers a parent that ends normally (Python's daemon
 * children are terminated by an exit handler, which {@code kill -9} never lets run).
 *
 * <p><b>In Java</b> a shutdown hook cannot run after SIGKILL either. So a {@link JavaProcess}
 * daemon child also watches its parent: it is started with {@code -Dcourse.daemonParent=<pid>}
 * and halts when {@code ProcessHandle.of(pid).onExit()} completes. Here an intermediate parent
 * JVM ({@link DaemonParent}) starts a daemon child; this demo kills the parent and watches the
 * child go.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.8}
 *
 * <p><b>Expected</b> (one run; pids and the time vary):
 * <pre>
 * parent (pid 25109) started a daemon child (pid 25175)
 * parent killed with SIGKILL: exitCode -9, so no shutdown hook of the parent ran
 * daemon child (pid 25175) noticed and ended 77 ms later
 * </pre>
 */
public final class ParentKilledDaemonEnds {

    private static final long PATIENCE_SECONDS = 15;

    private ParentKilledDaemonEnds() {
    }

    public static void main(String[] args) throws Exception {
        Usage.noArguments(args, ParentKilledDaemonEnds.class);
        CompletableFuture<Long> daemonPid = new CompletableFuture<>();
        JavaProcess parent = new JavaProcess(DaemonParent.class, List.of(), "parent").forwardOutput(line -> {
            if (line.startsWith(DaemonParent.PID_LINE)) {
                daemonPid.complete(Long.parseLong(line.substring(DaemonParent.PID_LINE.length())));
            }
        }, System.err::println);
        parent.start();
        long daemon = -1;
        try {
            daemon = daemonPid.get(30, TimeUnit.SECONDS);
            System.out.println("parent (pid " + parent.pid() + ") started a daemon child (pid " + daemon + ")");

            parent.kill();
            parent.join();
            System.out.println("parent killed with SIGKILL: exitCode " + parent.exitCode().getAsInt()
                    + ", so no shutdown hook of the parent ran");

            // The daemon is not our child: poll its state until it has ended.
            long start = System.nanoTime();
            long deadline = start + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
            while (!Liveness.hasEnded(daemon) && System.nanoTime() < deadline) {
                Pace.sleepMillis(10);
            }
            if (Liveness.hasEnded(daemon)) {
                System.out.println("daemon child (pid " + daemon + ") noticed and ended "
                        + (System.nanoTime() - start) / 1_000_000 + " ms later");
            } else {
                System.out.println("daemon child (pid " + daemon + ") still running after " + PATIENCE_SECONDS + " s");
            }
        } finally {
            // Whatever happened above, leave nothing running.
            parent.kill();
            if (daemon > 0) {
                ProcessHandle.of(daemon).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }
}

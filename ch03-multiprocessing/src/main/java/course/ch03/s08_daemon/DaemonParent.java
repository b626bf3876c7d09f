package course.ch03.s08_daemon;

import course.ch03.process.JavaProcess;
import course.kit.Pace;
import course.kit.Usage;

import java.time.Duration;
import java.util.List;

/**
 * §3.8 — an intermediate parent JVM: starts one daemon child, prints
 * {@code daemon child pid <N>}, and then waits (10 minutes, scaled) to be killed.
 * {@link ParentKilledDaemonEnds} and the tests kill it with SIGKILL, so that no shutdown hook of
 * its own can run: only the child's parent watch can end the daemon.
 */
public final class DaemonParent {

    public static final String PID_LINE = "daemon child pid ";

    private DaemonParent() {
    }

    public static void main(String[] args) throws Exception {
        Usage.noArguments(args, DaemonParent.class);
        JavaProcess daemon = new JavaProcess(DaemonChild.class, List.of(), "daemon")
                .setDaemon(true).forwardOutput(System.out, System.err);
        daemon.start();
        System.out.println(PID_LINE + daemon.pid());
        Pace.sleep(Duration.ofMinutes(10));
    }
}

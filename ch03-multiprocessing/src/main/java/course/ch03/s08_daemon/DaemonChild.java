package course.ch03.s08_daemon;

import course.ch03.process.JavaProcess;
import course.ch03.s03_using.Greeter;
import course.kit.Pace;
import course.kit.Usage;

import java.time.Duration;

/**
 * §3.8 — what a daemon child runs: it tries to start a child of its own (and may not), then
 * sleeps a minute; its parent's end ends it first.
 */
public final class DaemonChild {

    private DaemonChild() {
    }

    public static void main(String[] args) throws Exception {
        Usage.noArguments(args, DaemonChild.class);
        String me = JavaProcess.currentName() + " (pid " + ProcessHandle.current().pid() + ")";
        System.out.println(me + ": daemon=" + JavaProcess.isDaemonProcess() + ", trying to start a child of my own");
        try {
            new JavaProcess(Greeter.class, "grandchild").start();
            System.out.println(me + ": started a child (a daemon should not get here)");
        } catch (IllegalStateException e) {
            System.out.println(me + ": IllegalStateException: " + e.getMessage());
        }
        System.out.println(me + ": sleeping 10 minutes; my parent's end will end me first");
        Pace.sleep(Duration.ofMinutes(10));
        System.out.println(me + ": woke up, so my parent is still running");
    }
}

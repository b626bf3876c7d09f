package course.ch03.s02_process;

import course.ch03.process.JavaProcess;
import course.kit.Pace;
import course.kit.Usage;

import java.time.Duration;

/**
 * §3.2 — a child main that says who it is, sleeps, and exits with a chosen code.
 *
 * <p><b>Usage:</b> {@code Sleeper <seconds> [exitCode]} — seconds (0 to one day) are scaled by
 * {@code course.timeScale}; the exit code is 0..255. Prints {@code <name> (pid N) sleeps S s}, then
 * {@code <name> wakes up}. Other arguments get a usage line and exit code 2.
 *
 * <p>A child program of §3.2's lesson; §3.6's {@code JoinRules} starts it too.
 */
public final class Sleeper {

    private static final int MAX_SECONDS = 86_400;

    private Sleeper() {
    }

    public static void main(String[] args) throws InterruptedException {
        double seconds;
        int exitCode;
        try {
            if (args.length < 1 || args.length > 2) {
                throw new IllegalArgumentException("one or two arguments");
            }
            seconds = Double.parseDouble(args[0]);
            exitCode = args.length > 1 ? Integer.parseInt(args[1]) : 0;
            if (!(seconds >= 0 && seconds <= MAX_SECONDS) || exitCode < 0 || exitCode > 255) {
                throw new IllegalArgumentException("out of range");
            }
        } catch (IllegalArgumentException e) {
            Usage.exit("usage: Sleeper <seconds 0.." + MAX_SECONDS + "> [exitCode 0..255]");
            return;
        }
        String me = JavaProcess.currentName();
        System.out.println(me + " (pid " + ProcessHandle.current().pid() + ") sleeps " + seconds + " s");
        Pace.sleep(Duration.ofMillis(Math.round(seconds * 1000)));
        System.out.println(me + " wakes up");
        System.exit(exitCode);
    }
}

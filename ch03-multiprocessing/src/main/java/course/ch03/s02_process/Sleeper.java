package course.ch03.s02_process;

import course.ch03.Pace;

import java.time.Duration;

/**
 * §3.2 — a child main that says who it is, sleeps, and exits with a chosen code.
 *
 * <p><b>Usage:</b> {@code Sleeper <seconds> [exitCode]} — seconds are scaled by
 * {@code course.timeScale}. Prints {@code <name> (pid N) sleeps S s}, then {@code <name> wakes up}.
 */
public final class Sleeper {

    private Sleeper() {
    }

    public static void main(String[] args) throws InterruptedException {
        double seconds;
        int exitCode;
        try {
            seconds = Double.parseDouble(args[0]);
            exitCode = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        } catch (RuntimeException e) {
            System.err.println("usage: Sleeper <seconds> [exitCode]");
            System.exit(2);
            return;
        }
        String me = JavaProcess.currentName();
        System.out.println(me + " (pid " + ProcessHandle.current().pid() + ") sleeps " + seconds + " s");
        Pace.sleep(Duration.ofMillis(Math.round(seconds * 1000)));
        System.out.println(me + " wakes up");
        System.exit(exitCode);
    }
}

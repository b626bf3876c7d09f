package course.ch03.s03_using;

import course.kit.Pace;
import course.kit.Usage;

import java.time.Duration;

/**
 * §3.3 Using Process (Process类的使用) — the "target function" of the Python original, as a main
 * class: a child JVM runs it.
 *
 * <p><b>Usage:</b> {@code Greeter <name> [seconds]} — waits {@code seconds} (0 to one day, scaled by
 * {@code course.timeScale}, default 0), then prints {@code My name is <name>}. Other arguments get
 * a usage line and exit code 2.
 *
 * <p>A child program, so a lesson's class: §3.3 teaches with it, and the demos of §3.2, §3.6 and
 * §3.8 start it as their child too.
 */
public final class Greeter {

    private static final int MAX_SECONDS = 86_400;

    private Greeter() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1 || args.length > 2) {
            Usage.exit("usage: Greeter <name> [seconds]");
            return;
        }
        double seconds;
        try {
            seconds = args.length == 2 ? Double.parseDouble(args[1]) : 0;
        } catch (NumberFormatException e) {
            seconds = Double.NaN;
        }
        if (!(seconds >= 0 && seconds <= MAX_SECONDS)) {
            Usage.exit("usage: Greeter <name> [seconds]  ('" + args[1] + "' is not a number of seconds 0.." + MAX_SECONDS + ")");
            return;
        }
        Pace.sleep(Duration.ofMillis(Math.round(seconds * 1000)));
        System.out.println("My name is " + args[0]);
    }
}

package course.ch03.s03_using;

import course.ch03.Pace;

import java.time.Duration;

/**
 * §3.3 Using Process (Process类的使用) — the "target function" of the Python original, as a main
 * class: a child JVM runs it.
 *
 * <p><b>Usage:</b> {@code Greeter <name> [seconds]} — waits {@code seconds} (scaled by
 * {@code course.timeScale}, default 0), then prints {@code My name is <name>}.
 */
public final class Greeter {

    private Greeter() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: Greeter <name> [seconds]");
            System.exit(2);
            return;
        }
        double seconds;
        try {
            seconds = args.length == 2 ? Double.parseDouble(args[1]) : 0;
        } catch (NumberFormatException e) {
            System.err.println("usage: Greeter <name> [seconds]  ('" + args[1] + "' is not a number)");
            System.exit(2);
            return;
        }
        Pace.sleep(Duration.ofMillis(Math.round(seconds * 1000)));
        System.out.println("My name is " + args[0]);
    }
}

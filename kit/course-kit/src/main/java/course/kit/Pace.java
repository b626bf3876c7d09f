package course.kit;

import java.time.Duration;

/**
 * Demo pauses, scaled by the system property {@value #PROPERTY} (default 1.0).
 *
 * <p>A learner running a demo sees the pauses of the original (2 s is 2 s); the tests run the
 * same demos with a small scale ({@code course.timeScale.test} in the root pom), and child JVMs
 * inherit it through {@link #jvmOption()}. Pauses only pace the output: no demo relies on a sleep
 * for correctness.
 */
public final class Pace {

    public static final String PROPERTY = "course.timeScale";

    private Pace() {
    }

    /** The scale in force: 1.0 unless {@code -Dcourse.timeScale=...} says otherwise. */
    public static double scale() {
        String value = System.getProperty(PROPERTY, "1.0");
        try {
            double scale = Double.parseDouble(value);
            if (scale >= 0 && Double.isFinite(scale)) {
                return scale;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the error below
        }
        throw new IllegalArgumentException("-D" + PROPERTY + " must be a number >= 0, not '" + value + "'");
    }

    /** {@code duration} multiplied by the scale. */
    public static Duration scaled(Duration duration) {
        return Duration.ofNanos(Math.round(duration.toNanos() * scale()));
    }

    /** Sleeps for the scaled duration. */
    public static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(scaled(duration));
    }

    /** Sleeps for the scaled number of milliseconds. */
    public static void sleepMillis(long millis) throws InterruptedException {
        sleep(Duration.ofMillis(millis));
    }

    /** The JVM option that passes the current scale on to a child JVM. */
    public static String jvmOption() {
        return "-D" + PROPERTY + "=" + scale();
    }
}

package course.ch02.exercises;

import java.time.Duration;

/**
 * Exercise 2.3 · Speedup (easy) — turn measured times into speedup and efficiency, and
 * compare them with Amdahl's limit.
 *
 * <p><b>Task.</b> Implement:
 * <ul>
 *   <li>{@link #speedup(Duration, Duration)}: time on one thread divided by time on n threads
 *       (2.0 means twice as fast; below 1.0 means slower);</li>
 *   <li>{@link #efficiency(Duration, Duration, int)}: the speedup divided by the number of threads
 *       (1.0 means every thread was fully useful);</li>
 *   <li>{@link #amdahl(double, int)}: the best speedup possible on {@code threads} threads when
 *       only the fraction {@code parallel} (0..1) of the work can run in parallel:
 *       {@code 1 / ((1 - parallel) + parallel / threads)}.</li>
 * </ul>
 * Reject with {@link IllegalArgumentException} (the message names the wrong argument): a time
 * that is zero or negative, fewer than 1 thread, a fraction outside 0..1 (or NaN). A
 * {@code null} time: {@link NullPointerException}.
 *
 * <p><b>Hint.</b> Divide nanoseconds as {@code double}s: {@code Duration.toMillis()} of a fast run may be 0.
 *
 * <p><b>Reread:</b> §2.3 ({@code SpeedupMeasurement}).
 */
public final class Speedup {

    private Speedup() {
    }

    public static double speedup(Duration oneThread, Duration nThreads) {
        throw new UnsupportedOperationException("TODO: exercise Speedup (§2.3) — implement speedup; see its Javadoc");
    }

    public static double efficiency(Duration oneThread, Duration nThreads, int threads) {
        throw new UnsupportedOperationException("TODO: exercise Speedup (§2.3) — implement efficiency; see its Javadoc");
    }

    public static double amdahl(double parallel, int threads) {
        throw new UnsupportedOperationException("TODO: exercise Speedup (§2.3) — implement amdahl; see its Javadoc");
    }
}

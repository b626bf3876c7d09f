package course.ch02.exercises;

import java.time.Duration;
import java.util.Objects;

/** Reference solution of exercise 2.3 · Speedup. */
public final class Speedup {

    private Speedup() {
    }

    public static double speedup(Duration oneThread, Duration nThreads) {
        return (double) positiveNanos(oneThread, "oneThread") / positiveNanos(nThreads, "nThreads");
    }

    public static double efficiency(Duration oneThread, Duration nThreads, int threads) {
        checkThreads(threads);
        return speedup(oneThread, nThreads) / threads;
    }

    public static double amdahl(double parallel, int threads) {
        if (!(parallel >= 0 && parallel <= 1)) {          // also false for NaN
            throw new IllegalArgumentException("parallel must be a fraction from 0 to 1, was " + parallel);
        }
        checkThreads(threads);
        return 1 / ((1 - parallel) + parallel / threads);
    }

    private static long positiveNanos(Duration time, String name) {
        Objects.requireNonNull(time, name + " must not be null");
        if (time.isZero() || time.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive time, was " + time);
        }
        return time.toNanos();
    }

    private static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }
}

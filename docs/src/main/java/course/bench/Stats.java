package course.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Median and spread of repeated timings, in milliseconds. */
public record Stats(double median, double min, double max, double p90, int runs) {

    /** Runs {@code action} {@code warmup} times untimed, then {@code runs} times timed. */
    public static Stats time(int warmup, int runs, Callable<?> action) throws Exception {
        for (int i = 0; i < warmup; i++) {
            action.call();
        }
        double[] samples = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.call();
            samples[i] = (System.nanoTime() - start) / 1e6;
        }
        return of(samples);
    }

    public static Stats of(double... samples) {
        double[] s = samples.clone();
        Arrays.sort(s);
        int n = s.length;
        double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        return new Stats(median, s[0], s[n - 1], s[(int) Math.floor(0.9 * (n - 1))], n);
    }
}

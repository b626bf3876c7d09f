package course.ch02.s03_parallelism;

import java.util.Locale;

/**
 * Prints one step of the eating/phone analogy with the time since the start and the thread
 * that did it, e.g. {@code [ 0.60 s] talker  phone: "Hello?"}. Shared by the three analogy demos.
 */
final class Timeline {

    private final long start = System.nanoTime();

    void step(String activity, String what) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println(String.format(Locale.ROOT, "[%5.2f s] %-7s %s: %s",
                seconds, Thread.currentThread().getName(), activity, what));
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}

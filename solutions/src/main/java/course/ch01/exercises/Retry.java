package course.ch01.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reference solution of exercise 1.6 · Retry. */
public final class Retry {

    /** One attempt: may return a value or throw any exception, checked ones included. */
    @FunctionalInterface
    public interface Attempt<T> {
        T call() throws Exception;
    }

    private Retry() {
    }

    public static <T> T retry(int times, Attempt<T> action) throws Exception {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        Objects.requireNonNull(action, "action must not be null");
        List<Exception> earlier = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            try {
                return action.call();
            } catch (Exception e) {   // an Error is not caught: it leaves at once
                if (e instanceof InterruptedException || attempt == times) {
                    for (Exception failure : earlier) {
                        if (failure != e) {
                            e.addSuppressed(failure);
                        }
                    }
                    throw e;
                }
                earlier.add(e);
            }
        }
    }
}

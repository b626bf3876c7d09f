package course.ch04.exercises;

import java.util.Objects;
import java.util.function.IntToLongFunction;

/** Reference solution of exercise 4.4 · ParallelSum. */
public final class ParallelSum {

    private ParallelSum() {
    }

    public static long sum(int count, IntToLongFunction term, int threads) {
        Objects.requireNonNull(term, "term");
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, was " + count);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, was " + threads);
        }
        int slices = Math.min(threads, count);
        long[] partial = new long[slices];
        RuntimeException[] failure = new RuntimeException[slices];
        Thread[] workers = new Thread[slices];
        for (int s = 0; s < slices; s++) {
            // Slice s covers [from, to); slice sizes differ by one at most.
            int from = (int) ((long) count * s / slices);
            int to = (int) ((long) count * (s + 1) / slices);
            int slot = s;
            workers[s] = new Thread(() -> {
                try {
                    long total = 0;
                    for (int i = from; i < to; i++) {
                        total += term.applyAsLong(i);
                    }
                    partial[slot] = total;
                } catch (RuntimeException e) {
                    failure[slot] = e;
                }
            }, "sum-slice-" + s);
            workers[s].start();
        }

        // Wait for all of them, even when interrupted: no thread may outlive this call.
        boolean interrupted = false;
        for (Thread worker : workers) {
            while (true) {
                try {
                    worker.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }

        long total = 0;
        for (int s = 0; s < slices; s++) {
            if (failure[s] != null) {
                throw failure[s];
            }
            total += partial[s];
        }
        return total;
    }
}

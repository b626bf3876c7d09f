package course.ch04.exercises;

import java.util.function.IntToLongFunction;

/**
 * Exercise 4.4 · ParallelSum (medium) — split a sum across threads, join them, add up the parts.
 *
 * <p><b>Task.</b> Implement {@link #sum(int, IntToLongFunction, int)}: return
 * {@code term(0) + term(1) + ... + term(count - 1)}, computed like this:
 * <ul>
 *   <li>split the indexes {@code 0..count-1} into {@code threads} slices of consecutive indexes
 *       (only {@code count} slices when there are fewer indexes than threads; none for
 *       {@code count == 0});</li>
 *   <li>start one new thread per slice, all running at the same time; each calls {@code term}
 *       once for every index of its slice and adds the results up. The calling thread computes
 *       no term itself;</li>
 *   <li>wait for every thread and return the total. When {@code sum} returns (or throws), every
 *       thread it started has ended;</li>
 *   <li>if {@code term} throws a {@link RuntimeException}, {@code sum} throws that same exception
 *       once all its threads have ended.</li>
 * </ul>
 * A negative {@code count} or a {@code threads} below 1 is rejected with
 * {@link IllegalArgumentException} naming the parameter; a {@code null} term with
 * {@link NullPointerException}.
 *
 * <p><b>Hint.</b> Give each thread its own slot in a {@code long[]} for its partial sum (and one
 * for a failure); after {@code join()} the main thread is guaranteed to see what was written there.
 *
 * <p><b>Reread:</b> §4.3 (starting threads) and §4.4 ({@code SharedStatic}: join and happens-before).
 */
public final class ParallelSum {

    private ParallelSum() {
    }

    public static long sum(int count, IntToLongFunction term, int threads) {
        throw new UnsupportedOperationException("TODO: exercise ParallelSum (§4.4) — implement sum; see its Javadoc");
    }
}

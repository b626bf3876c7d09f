package course.ch03.exercises;

import course.ch03.pool.ProcessPool;

import java.util.List;
import java.util.SortedMap;

/**
 * Exercise 3.9 · ParallelWordCount (medium) — count the words of many documents in worker processes and merge the counts.
 *
 * <p><b>Task.</b> Implement {@link #count}: send every document to the {@code pool} as one
 * {@code words} task (all of them before waiting for any), and merge the replies into one
 * map from word to total count, sorted by word. The workers' {@code words} task replies with one
 * line per distinct word, {@code word<TAB>count} (see {@code PoolWorker.countWords}).
 * <ul>
 *   <li>Exactly one task per document: no more, no fewer, none run in this JVM.</li>
 *   <li>An empty list gives an empty map. A failing task makes {@code count} throw that failure.</li>
 *   <li>{@code null} pool or list → {@link NullPointerException}; a {@code null} document →
 *       {@link NullPointerException} naming its index ({@code "document 1 is null"}), thrown before
 *       anything is sent to the pool.</li>
 * </ul>
 *
 * <p><b>Hint.</b> {@code Map.merge(word, count, Long::sum)} adds one reply's counts to the total.
 *
 * <p><b>Reread:</b> §3.9 ({@code ProcessPool}, {@code PoolApplyAsync}); the data-only protocol is {@code Wire}.
 */
public final class ParallelWordCount {

    private ParallelWordCount() {
    }

    public static SortedMap<String, Long> count(ProcessPool pool, List<String> documents) throws InterruptedException {
        throw new UnsupportedOperationException("TODO: exercise ParallelWordCount (§3.9) — implement count; see its Javadoc");
    }
}

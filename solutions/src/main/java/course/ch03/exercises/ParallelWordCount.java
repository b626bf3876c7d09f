package course.ch03.exercises;

import course.ch03.pool.ProcessPool;
import course.ch03.pool.TaskFuture;

import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reference solution of exercise 3.9 · ParallelWordCount. */
public final class ParallelWordCount {

    private ParallelWordCount() {
    }

    public static SortedMap<String, Long> count(ProcessPool pool, List<String> documents) throws InterruptedException {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(documents, "documents");
        for (int i = 0; i < documents.size(); i++) {
            Objects.requireNonNull(documents.get(i), "document " + i + " is null");
        }
        List<TaskFuture> replies = documents.stream().map(document -> pool.submit("words", document)).toList();

        SortedMap<String, Long> totals = new TreeMap<>();
        for (TaskFuture reply : replies) {
            for (String line : ProcessPool.await(reply).value().split("\n")) {
                if (line.isEmpty()) {
                    continue;                              // an empty document has no lines
                }
                int tab = line.lastIndexOf('\t');
                totals.merge(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)), Long::sum);
            }
        }
        return totals;
    }
}

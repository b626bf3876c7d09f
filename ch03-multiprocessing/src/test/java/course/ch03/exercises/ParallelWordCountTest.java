package course.ch03.exercises;

import course.ch03.pool.ProcessPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@DisplayName("Exercise 3.9 · ParallelWordCount (medium)")
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ParallelWordCountTest {

    private static final String[] VOCABULARY = {"bun", "pool", "pipe", "lock", "queue", "worker", "process", "包子"};

    private static ProcessPool pool;

    @BeforeAll
    static void startPool() {
        pool = new ProcessPool(2, line -> { });
    }

    @AfterAll
    static void stopPool() {
        pool.close();
    }

    @Test
    @DisplayName("two small documents: words counted across both, case and punctuation ignored, sorted by word")
    void twoDocuments() throws InterruptedException {
        Map<String, Long> counts = ParallelWordCount.count(pool, List.of("The pool, the PIPE.", "the end"));
        assertThat(counts).containsExactly(
                Map.entry("end", 1L), Map.entry("pipe", 1L), Map.entry("pool", 1L), Map.entry("the", 3L));
    }

    @Test
    @DisplayName("twelve documents give the same counts as counting them here, with exactly one pool task each")
    void matchesSequentialCount() throws InterruptedException {
        List<String> documents = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 500; w++) {
                text.append(VOCABULARY[(w * 7 + d * 3 + w / 5) % VOCABULARY.length]).append(w % 9 == 0 ? ". " : " ");
            }
            documents.add(text.toString());
        }
        long before = pool.completedTaskCount();

        Map<String, Long> counts = ParallelWordCount.count(pool, documents);

        assertThat(counts).isEqualTo(countHere(documents));
        assertThat(counts).isInstanceOf(java.util.SortedMap.class);
        assertThat(pool.completedTaskCount() - before).as("pool tasks run").isEqualTo(12);
    }

    @Test
    @DisplayName("no documents, or only empty ones, give an empty map")
    void emptyInput() throws InterruptedException {
        assertThat(ParallelWordCount.count(pool, List.of())).isEmpty();
        assertThat(ParallelWordCount.count(pool, List.of("", " ... "))).isEmpty();
    }

    @Test
    @DisplayName("a null document is rejected, naming its index, before anything is sent to the pool")
    void nullDocument() throws InterruptedException {
        long before = pool.completedTaskCount();
        assertThatThrownBy(() -> ParallelWordCount.count(pool, Arrays.asList("fine", null, "also fine")))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("document 1");
        assertThat(pool.apply("echo", "after").value()).isEqualTo("after");
        await().atMost(Duration.ofSeconds(5)).until(() -> pool.activeTaskCount() == 0);
        assertThat(pool.completedTaskCount() - before).as("only the echo ran").isEqualTo(1);
        assertThatThrownBy(() -> ParallelWordCount.count(null, List.of("x"))).isInstanceOf(NullPointerException.class);
    }

    private static Map<String, Long> countHere(List<String> documents) {
        Map<String, Long> counts = new TreeMap<>();
        for (String document : documents) {
            for (String word : document.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    counts.merge(word, 1L, Long::sum);
                }
            }
        }
        return counts;
    }
}

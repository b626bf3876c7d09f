package course.ch03.exercises;

import course.ch03.process.ChildGroup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Exercise 3.11 · FileCounter (medium)")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FileCounterTest {

    /** A child JVM that adds 1 to the counter file N times, after the start gate. */
    public static final class Child {
        public static void main(String[] args) throws IOException {
            ChildGroup.awaitGo();
            for (int i = 0; i < Integer.parseInt(args[1]); i++) {
                FileCounter.addAndGet(Path.of(args[0]), 1);
            }
        }
    }

    @TempDir
    Path dir;

    @Test
    @DisplayName("a missing file counts as 0: it is created holding the delta")
    void missingFileStartsAtZero() throws IOException {
        Path file = dir.resolve("new-counter.txt");
        assertThat(FileCounter.addAndGet(file, 5)).isEqualTo(5);
        assertThat(Files.readString(file).strip()).isEqualTo("5");
    }

    @Test
    @DisplayName("the number in the file is read, changed by delta, written back and returned")
    void addsToStoredValue() throws IOException {
        Path file = dir.resolve("counter.txt");
        Files.writeString(file, " 41\n");
        assertThat(FileCounter.addAndGet(file, 1)).isEqualTo(42);
        assertThat(FileCounter.addAndGet(file, -50)).isEqualTo(-8);
        assertThat(Files.readString(file).strip()).isEqualTo("-8");
    }

    @Test
    @DisplayName("a shorter number replaces a longer one completely")
    void shorterNumberReplacesLonger() throws IOException {
        Path file = dir.resolve("counter.txt");
        Files.writeString(file, "1000");
        assertThat(FileCounter.addAndGet(file, -999)).isEqualTo(1);
        assertThat(Files.readString(file).strip()).isEqualTo("1");
    }

    @Test
    @DisplayName("a file that does not hold a whole number is rejected, quoting it, and left unchanged")
    void rejectsGarbage() throws IOException {
        Path file = dir.resolve("garbage.txt");
        Files.writeString(file, "forty-two");
        assertThatThrownBy(() -> FileCounter.addAndGet(file, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("forty-two");
        assertThat(Files.readString(file)).isEqualTo("forty-two");
        assertThatThrownBy(() -> FileCounter.addAndGet(null, 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("four threads of this JVM adding 250 times each, all at once, make exactly 1000")
    void threadsLoseNothing() throws Exception {
        Path file = dir.resolve("threads.txt");
        CyclicBarrier start = new CyclicBarrier(4);
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < 250; i++) {
                        FileCounter.addAndGet(file, 1);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();                                   // a worker's exception fails the test here
            }
        }
        assertThat(Files.readString(file).strip()).isEqualTo("1000");
    }

    @Test
    @DisplayName("three child JVMs adding 400 times each, released together, make exactly 1200")
    void processesLoseNothing() throws Exception {
        Path file = dir.resolve("processes.txt");
        Files.writeString(file, "0");
        try (ChildGroup children = ChildGroup.start(3, Child.class, file.toString(), "400")) {
            children.awaitReady();
            children.go();
            children.awaitOutputs(Duration.ofSeconds(25));  // throws if a child failed, quoting its stderr
        }
        assertThat(Files.readString(file).strip()).as("the count after 3 x 400 increments").isEqualTo("1200");
    }
}

package course.ch03.exercises;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Exercise 3.13 · ProcessPipeline (hard)")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ProcessPipelineTest {

    // ---- The stages: small programs, each run in its own child JVM ----------------------

    /** Upper-cases every line. */
    public static final class Upper {
        public static void main(String[] args) throws IOException {
            for (String line : stdin()) {
                System.out.println(line.toUpperCase(Locale.ROOT));
            }
        }
    }

    /** Prints the lines in reverse order (so it must read them all first). */
    public static final class Reverse {
        public static void main(String[] args) throws IOException {
            List<String> lines = new ArrayList<>(stdin());
            for (int i = lines.size() - 1; i >= 0; i--) {
                System.out.println(lines.get(i));
            }
        }
    }

    /** Prefixes each line with its number. */
    public static final class Numbered {
        public static void main(String[] args) throws IOException {
            int n = 0;
            for (String line : stdin()) {
                System.out.println(++n + ": " + line);
            }
        }
    }

    /** Reads everything, complains on stderr and exits with 3. */
    public static final class Failing {
        public static void main(String[] args) throws IOException {
            System.err.println("bad input: " + stdin().size() + " lines");
            System.exit(3);
        }
    }

    /** Reads everything and exits with 4, without a word. */
    public static final class Silent {
        public static void main(String[] args) throws IOException {
            stdin();
            System.exit(4);
        }
    }

    /** Reads everything and then never ends. */
    public static final class Hang {
        public static void main(String[] args) throws IOException, InterruptedException {
            stdin();
            new CountDownLatch(1).await();
        }
    }

    /** Writes 256 KiB to stderr before it copies its input: more than a pipe holds. */
    public static final class Chatty {
        public static void main(String[] args) throws IOException {
            String noise = "x".repeat(63);
            for (int i = 0; i < 4096; i++) {
                System.err.println(noise);
            }
            for (String line : stdin()) {
                System.out.println(line);
            }
        }
    }

    private static List<String> stdin() throws IOException {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).lines().toList();
    }

    // ---- The tests ------------------------------------------------------------------------

    @Test
    @DisplayName("Upper | Reverse | Numbered turns a, b, c into 1: C, 2: B, 3: A")
    void threeStages() throws Exception {
        assertThat(ProcessPipeline.run(List.of(Upper.class, Reverse.class, Numbered.class), List.of("a", "b", "c"), Duration.ofSeconds(20)))
                .containsExactly("1: C", "2: B", "3: A");
        assertThat(ProcessHandle.current().descendants()).as("stages left alive after run returned").isEmpty();
    }

    @Test
    @DisplayName("two megabytes in and out through one stage: input is fed while output is read")
    void largerThanAPipe() throws Exception {
        List<String> input = IntStream.range(0, 50_000).mapToObj(i -> "line %06d of the large input".formatted(i)).toList();
        List<String> output = ProcessPipeline.run(List.of(Upper.class), input, Duration.ofSeconds(20));
        assertThat(output).hasSize(50_000);
        assertThat(output).containsExactlyElementsOf(input.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList());
    }

    @Test
    @DisplayName("a stage that writes a lot to stderr does not block the pipeline")
    void chattyStage() throws Exception {
        assertThat(ProcessPipeline.run(List.of(Chatty.class), List.of("one", "two"), Duration.ofSeconds(20)))
                .containsExactly("one", "two");
    }

    @Test
    @DisplayName("a failing stage is reported with its class, exit code and stderr")
    void failingStage() {
        assertThatThrownBy(() -> ProcessPipeline.run(List.of(Upper.class, Failing.class), List.of("a", "b", "c"), Duration.ofSeconds(20)))
                .isInstanceOfSatisfying(ProcessPipeline.StageFailedException.class, e -> {
                    assertThat(e.stage()).isEqualTo(Failing.class);
                    assertThat(e.exitCode()).isEqualTo(3);
                    assertThat(e.stderr()).contains("bad input: 3 lines");
                    assertThat(e.getMessage()).contains("Failing", "3", "bad input: 3 lines");
                });
        assertThat(ProcessHandle.current().descendants()).as("stages left alive after run threw").isEmpty();
    }

    @Test
    @DisplayName("a stage that fails without a word on stderr is reported with its class and exit code alone")
    void silentFailingStage() {
        assertThatThrownBy(() -> ProcessPipeline.run(List.of(Silent.class), List.of("a"), Duration.ofSeconds(20)))
                .isInstanceOfSatisfying(ProcessPipeline.StageFailedException.class, e -> {
                    assertThat(e.stage()).isEqualTo(Silent.class);
                    assertThat(e.exitCode()).isEqualTo(4);
                    // Blank unless the JVM itself spoke (e.g. "Picked up JAVA_TOOL_OPTIONS").
                    String stderr = e.stderr();
                    assertThat(e.getMessage()).isEqualTo("Silent exited with code 4"
                            + (stderr.isBlank() ? "" : ": " + stderr.strip()));
                });
    }

    @Test
    @DisplayName("a pipeline that does not end is destroyed at the timeout, with a TimeoutException")
    void timeout() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> ProcessPipeline.run(List.of(Upper.class, Hang.class), List.of("x"), Duration.ofSeconds(1)))
                .isInstanceOf(TimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time until the TimeoutException")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1)).isLessThan(Duration.ofSeconds(15));
        assertThat(ProcessHandle.current().descendants()).as("stages left alive after the timeout").isEmpty();
    }

    @Test
    @DisplayName("no input gives no output")
    void emptyInput() throws Exception {
        assertThat(ProcessPipeline.run(List.of(Upper.class), List.of(), Duration.ofSeconds(20))).isEmpty();
    }

    @Test
    @DisplayName("nulls, no stages and a timeout that is not positive are rejected")
    void rejectsBadArguments() {
        assertThatThrownBy(() -> ProcessPipeline.run(List.of(), List.of("a"), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stage");
        assertThatThrownBy(() -> ProcessPipeline.run(List.of(Upper.class), List.of("a"), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeout");
        assertThatThrownBy(() -> ProcessPipeline.run(List.of(Upper.class), List.of("a"), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeout");
        assertThatThrownBy(() -> ProcessPipeline.run(null, List.of("a"), Duration.ofSeconds(1)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ProcessPipeline.run(List.of(Upper.class), null, Duration.ofSeconds(1)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ProcessPipeline.run(List.of(Upper.class), Arrays.asList("a", null), Duration.ofSeconds(1)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ProcessPipeline.run(Arrays.asList(Upper.class, null), List.of("a"), Duration.ofSeconds(1)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ProcessPipeline.run(List.of(Upper.class), List.of("a"), null))
                .isInstanceOf(NullPointerException.class);
    }
}

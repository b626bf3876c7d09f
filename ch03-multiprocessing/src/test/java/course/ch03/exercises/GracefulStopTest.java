package course.ch03.exercises;

import course.ch03.exercises.GracefulStop.Ending;
import course.ch03.exercises.GracefulStop.Outcome;
import course.kit.ChildJvm;
import org.junit.jupiter.api.AfterEach;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@DisplayName("Exercise 3.7 · GracefulStop (medium)")
@Timeout(30)
class GracefulStopTest {

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopWhatIsLeft() throws InterruptedException {
        for (Process p : started) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The children of these tests: {@code exit <code>}, {@code polite} or {@code stubborn}. */
    public static final class Child {
        private Child() {
        }

        public static void main(String[] args) throws InterruptedException {
            switch (args[0]) {
                case "exit" -> System.exit(Integer.parseInt(args[1]));
                // Cleans up on SIGTERM, then exits.
                case "polite" -> Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("cleaned up")));
                // Its shutdown hook never finishes, so SIGTERM cannot end it.
                case "stubborn" -> Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        new CountDownLatch(1).await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
                default -> System.exit(100);
            }
            System.out.println("ready");
            new CountDownLatch(1).await(60, TimeUnit.SECONDS);    // "busy" for a minute
        }
    }

    /** Starts a child with its stdout in a file, and waits until it says it is ready. */
    private Process startReady(String mode, Path out) throws IOException {
        Process p = ChildJvm.builder(Child.class, mode).redirectOutput(out.toFile()).redirectErrorStream(true).start();
        started.add(p);
        await("the child is ready").atMost(Duration.ofSeconds(20)).until(() -> Files.readString(out).contains("ready"));
        return p;
    }

    @Test
    @DisplayName("a process that ends in time: FINISHED with its exit code, without waiting out the deadline")
    void finishesInTime() throws Exception {
        Process p = ChildJvm.builder(Child.class, "exit", "5").start();
        started.add(p);
        long start = System.nanoTime();
        Outcome outcome = GracefulStop.awaitOrStop(p, Duration.ofSeconds(25), Duration.ofSeconds(1));
        assertThat(outcome).isEqualTo(new Outcome(Ending.FINISHED, 5));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time taken").isLessThan(Duration.ofSeconds(15));
    }

    @Test
    @DisplayName("an already ended process with a zero deadline: FINISHED")
    void alreadyEnded() throws Exception {
        Process p = ChildJvm.builder(Child.class, "exit", "0").start();
        started.add(p);
        p.waitFor();
        assertThat(GracefulStop.awaitOrStop(p, Duration.ZERO, Duration.ZERO)).isEqualTo(new Outcome(Ending.FINISHED, 0));
    }

    @Test
    @DisplayName("past the deadline, SIGTERM ends a polite process: TERMINATED, and its shutdown hook ran")
    void terminatesPolitely() throws Exception {
        Path out = dir.resolve("polite.txt");
        Process p = startReady("polite", out);
        Outcome outcome = GracefulStop.awaitOrStop(p, Duration.ofMillis(100), Duration.ofSeconds(15));
        assertThat(outcome.ending()).isEqualTo(Ending.TERMINATED);
        assertThat(p.isAlive()).isFalse();
        if (p.supportsNormalTermination()) {
            assertThat(outcome.exitCode()).as("a JVM ended by SIGTERM exits with 128 + 15").isEqualTo(143);
            assertThat(Files.readString(out)).as("the child's output").contains("cleaned up");
        } else {
            // Windows: destroy() is TerminateProcess with exit code 1, and no shutdown hook runs.
            assertThat(outcome.exitCode()).as("a process ended by TerminateProcess").isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a process that ignores SIGTERM is killed after the grace: KILLED, and it is gone")
    void killsTheStubborn() throws Exception {
        Path out = dir.resolve("stubborn.txt");
        Process p = startReady("stubborn", out);
        long start = System.nanoTime();
        Outcome outcome = GracefulStop.awaitOrStop(p, Duration.ofMillis(100), Duration.ofMillis(300));
        assertThat(p.isAlive()).isFalse();
        if (!p.supportsNormalTermination()) {
            // Windows: there is no polite request to ignore; destroy() already ends it, with exit code 1.
            assertThat(outcome).isEqualTo(new Outcome(Ending.TERMINATED, 1));
            return;
        }
        assertThat(outcome.ending()).isEqualTo(Ending.KILLED);
        assertThat(outcome.exitCode()).as("killed by SIGKILL: 128 + 9").isEqualTo(137);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("deadline + grace were waited")
                .isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    @DisplayName("negative durations are rejected, naming which one; nulls too")
    void rejectsBadArguments() throws Exception {
        Process p = ChildJvm.builder(Child.class, "exit", "0").start();
        started.add(p);
        assertThatThrownBy(() -> GracefulStop.awaitOrStop(p, Duration.ofSeconds(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deadline");
        assertThatThrownBy(() -> GracefulStop.awaitOrStop(p, Duration.ZERO, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grace");
        assertThatThrownBy(() -> GracefulStop.awaitOrStop(null, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> GracefulStop.awaitOrStop(p, null, Duration.ZERO))
                .isInstanceOf(NullPointerException.class);
    }
}

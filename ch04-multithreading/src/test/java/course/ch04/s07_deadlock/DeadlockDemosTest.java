package course.ch04.s07_deadlock;

import course.kit.ChildJvm;
import course.kit.Pace;
import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§4.7 Deadlock and recursive locks (死锁与递归锁) demos")
class DeadlockDemosTest {

    @Test
    @DisplayName("DeadlockDetected: in a fresh JVM the deadlock is found, who holds and waits for what is reported, and the JVM exits")
    void deadlockDetected() throws Exception {
        // A fresh JVM: the two deadlocked threads stay stuck until their JVM ends.
        var result = DemoRunner.runInNewJvm(DeadlockDetected.class, "");
        assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isZero();
        var lines = result.lines();
        var expected = DemoHeader.of(DeadlockDetected.class).expected();
        assertThat(expected).as("the header's Expected block").hasSize(7);
        assertThat(lines).hasSameSizeAs(expected);
        // The two threads print their first line at the same time: either may come first.
        assertThat(lines.subList(0, 2)).containsExactlyInAnyOrderElementsOf(expected.subList(0, 2));
        assertThat(lines.subList(2, 7)).containsExactlyElementsOf(expected.subList(2, 7));
    }

    @ParameterizedTest(name = "{0}: ten threads run f1 and f2 to the end")
    @ValueSource(classes = {FixOneReentrantLock.class, FixLockOrder.class, FixTryLock.class})
    @DisplayName("each fix lets all ten threads of the original finish f1 and f2")
    void fixes(Class<?> fix) throws Throwable {
        var lines = DemoRunner.run(fix, "").lines();
        assertThat(lines.getLast()).isEqualTo("10 of 10 threads finished f1 and f2: no deadlock");
        for (int i = 1; i <= 10; i++) {
            String finished = "Thread-" + i + " finished f1 and f2";
            assertThat(lines).as("lines of Thread-%d", i).anyMatch(l -> l.equals(finished) || l.startsWith(finished + " after "));
        }
        // Every thread got both locks in f1 and again in f2: at least four "got" lines each.
        for (int i = 1; i <= 10; i++) {
            String prefix = "Thread-" + i + " got ";
            assertThat(lines.stream().filter(l -> l.startsWith(prefix))).as("lock lines of Thread-%d", i).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DisplayName("FixTryLock at normal pace (time scale 1, in a fresh JVM): a few back-offs per thread, 52 lines, no live-lock")
    void fixTryLockAtNormalPace(@TempDir Path dir) throws Exception {
        // The other tests run it 20 times faster; at the real pace short back-offs once made it
        // live-lock for minutes (thousands of back-offs and lines). This is the run a learner sees.
        // Its wall time (a few seconds: docs/pace.md) depends on the machine; what bounds it does
        // not: each thread backs off a handful of times, each back-off at most 1.6 s.
        List<String> command = new ArrayList<>(ChildJvm.command(FixTryLock.class));
        command.addAll(command.indexOf("-cp"), List.of("-D" + Pace.PROPERTY + "=1"));   // the last -D wins
        Path out = dir.resolve("out.txt");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        try {
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("ended within 30 s").isTrue();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(process.exitValue()).as("exit code; stderr: %s", Files.readString(dir.resolve("err.txt"))).isZero();
            List<String> lines = Files.readAllLines(out);
            assertThat(lines).as("two lines per function and thread, the first back-off, one per thread, the last")
                    .hasSizeBetween(51, 52).last().isEqualTo("10 of 10 threads finished f1 and f2: no deadlock");
            assertThat(lines).filteredOn(l -> l.contains(" finished f1 and f2 after ")).hasSize(10)
                    .allSatisfy(l -> assertThat(Integer.parseInt(l.replaceAll(".* after (\\d+) back-offs?$", "$1")))
                            .as("back-offs of %s", l).isLessThanOrEqualTo(12));
            // Slower than the fast test runs show: the pauses and back-offs were real.
            assertThat(took).as("at normal pace").isGreaterThan(Duration.ofSeconds(1));
        } finally {
            process.destroyForcibly().waitFor();
        }
    }

    @Test
    @DisplayName("FixOneReentrantLock: the second lock is the same lock taken again, hold count 2")
    void reentrantHoldCount() throws Throwable {
        var lines = DemoRunner.run(FixOneReentrantLock.class, "").lines();
        for (int i = 1; i <= 10; i++) {
            String t = "Thread-" + i;
            assertThat(lines).containsSubsequence(
                    t + " got A (hold count 1)", t + " got B (hold count 2)",
                    t + " got B (hold count 1)", t + " got A (hold count 2)");
        }
    }
}

package course.ch04.s07_deadlock;

import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.IntStream;

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
        assertThat(lines).containsAll(IntStream.rangeClosed(1, 10).mapToObj(i -> "Thread-" + i + " finished f1 and f2").toList());
        // Every thread got both locks in f1 and again in f2: at least four "got" lines each.
        for (int i = 1; i <= 10; i++) {
            String prefix = "Thread-" + i + " got ";
            assertThat(lines.stream().filter(l -> l.startsWith(prefix))).as("lock lines of Thread-%d", i).hasSizeGreaterThanOrEqualTo(4);
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

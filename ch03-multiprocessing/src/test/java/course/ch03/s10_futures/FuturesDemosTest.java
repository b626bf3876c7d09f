package course.ch03.s10_futures;

import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§3.10 concurrent.futures process pool (concurrent.futures实现进程池) demos")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FuturesDemosTest {

    private static final String SQUARES = "[0, 1, 4, 9, 16, 25, 36, 49, 64, 81]";

    @Test
    @DisplayName("ExecutorOfProcesses: ten futures, shutdown + awaitTermination, results in order, pool pids only")
    void executorDemo() throws Throwable {
        List<String> lines = DemoRunner.run(ExecutorOfProcesses.class, "").lines();
        assertThat(lines).hasSize(14);
        List<Long> workers = pids(lines.get(0), "executor with 3 worker JVMs, pids \\[([\\d, ]+)]");
        assertThat(workers).hasSize(3);
        assertThat(lines.subList(1, 3)).containsExactly("10 tasks submitted", "shutdown and awaitTermination: all done = true");
        assertThat(lines.subList(3, 13)).containsExactlyElementsOf(IntStream.range(0, 10)
                .mapToObj(i -> "result %d: square(%d) = %d".formatted(i, i, i * i)).toList());
        assertThat(pids(lines.get(13), "the tasks were answered by workers \\[([\\d, ]+)]")).isSubsetOf(workers);
    }

    @Test
    @DisplayName("ThreadsOrProcesses: same results; threads run in this JVM, the process pool elsewhere; a lambda is refused")
    void comparisonDemo() throws Throwable {
        List<String> lines = DemoRunner.run(ThreadsOrProcesses.class, "").lines();
        assertThat(lines).hasSize(4);
        String self = Long.toString(ProcessHandle.current().pid());
        assertThat(lines.get(0)).isEqualTo("this JVM is pid " + self);
        assertThat(lines.get(1)).isEqualTo("thread pool : squares " + SQUARES + ", run by pids [" + self + "] (this JVM)");
        assertThat(lines.get(2)).startsWith("process pool: squares " + SQUARES + ", run by pids [")
                .endsWith("] (worker processes, not this JVM)");
        assertThat(pids(lines.get(2), ".*run by pids \\[([\\d, ]+)].*")).hasSizeBetween(1, 3)
                .doesNotContain(ProcessHandle.current().pid());
        assertThat(lines.get(3)).startsWith("process pool refuses a lambda: RejectedExecutionException: "
                + "a process pool runs RemoteCall tasks only");
    }

    private static List<Long> pids(String line, String regex) {
        Matcher m = Pattern.compile(regex).matcher(line);
        assertThat(m.matches()).as(line).isTrue();
        return Arrays.stream(m.group(1).split(", ")).map(Long::parseLong).toList();
    }
}

package course.ch03.s09_pool;

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

@DisplayName("§3.9 Process pool (进程池) demos")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PoolDemosTest {

    private static final Pattern POOL_LINE = Pattern.compile("pool of (\\d) worker JVMs, pids \\[([\\d, ]+)]");
    private static final String RESULTS = "[0, 1, 4, 9, 16, 25, 36, 49, 64, 81]";

    @Test
    @DisplayName("PoolApply: ten squares one after another, all computed by the pool's three workers")
    void applyDemo() throws Throwable {
        List<String> lines = DemoRunner.run(PoolApply.class, "").lines();
        List<Long> pool = poolPids(lines.get(0), 3);
        assertThat(lines).hasSize(13);
        for (int i = 0; i < 10; i++) {
            Matcher m = Pattern.compile("square\\(" + i + "\\) = " + i * i + " +ran in worker pid (\\d+)").matcher(lines.get(1 + i));
            assertThat(m.matches()).as("line %d: %s", 1 + i, lines.get(1 + i)).isTrue();
            assertThat(pool).contains(Long.parseLong(m.group(1)));
        }
        assertThat(lines.get(11)).isEqualTo("results: " + RESULTS);
        assertUsedOnlyPoolPids(lines.get(12), pool);
    }

    @Test
    @DisplayName("PoolApplyAsync: submits all ten at once, a callback per result, then the results in order")
    void asyncDemo() throws Throwable {
        List<String> lines = DemoRunner.run(PoolApplyAsync.class, "").lines();
        List<Long> pool = poolPids(lines.get(0), 3);
        assertThat(lines).hasSize(24);
        int submitted = lines.indexOf("main: 10 tasks submitted, none waited for");
        int joined = lines.indexOf("main: pool closed and joined; first future ready=true successful=true");
        assertThat(submitted).isPositive();
        assertThat(joined).as("the pool is joined after every callback ran").isEqualTo(12);
        List<String> callbacks = lines.subList(1, 12).stream().filter(l -> l.startsWith("callback: ")).toList();
        assertThat(callbacks).hasSize(10);
        assertThat(callbacks).extracting(l -> l.replaceAll(" from worker pid \\d+$", ""))
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 10)
                        .mapToObj(i -> "callback: square(%d) = %d".formatted(i, i * i)).toList());
        assertThat(callbacks).allSatisfy(l -> assertThat(pool).contains(Long.parseLong(l.replaceAll(".* pid ", ""))));
        assertThat(lines.subList(13, 23)).containsExactlyElementsOf(IntStream.range(0, 10)
                .mapToObj(i -> "result %d: square(%d) = %d".formatted(i, i, i * i)).toList());
        assertUsedOnlyPoolPids(lines.get(23), pool);
    }

    @Test
    @DisplayName("FailuresAndCrashes: a failing task spares its worker; exit, Error and kill -9 are reported and replaced")
    void crashDemo() throws Throwable {
        List<String> lines = DemoRunner.run(FailuresAndCrashes.class, "").lines();
        assertThat(lines.get(0)).matches(POOL_LINE.pattern());
        assertThat(lines.get(1)).matches("task failed: fail\\(no such customer\\) failed in worker pid \\d+: "
                + "java.lang.IllegalStateException: no such customer");
        assertThat(lines.get(2)).isEqualTo("after a failed task the workers are the same: true");
        assertThat(lines.get(3)).matches("worker crashed: worker pid \\d+ died while running exit\\(3\\): exit code 3");
        assertThat(lines.get(4)).matches("worker crashed: worker pid \\d+ died while running error\\(pretend out of memory\\): "
                + "exit code 1; its last stderr lines:");
        assertThat(lines).anyMatch(l -> l.contains("java.lang.Error: pretend out of memory"));
        assertThat(lines).anyMatch(l -> l.matches("worker crashed: worker pid \\d+ died while running sleep\\(60000\\): exit code \\d+.*"));
        assertThat(lines).last().isEqualTo(
                "after 3 crashes: map(square-now, [1, 2, 3, 4]) = [1, 4, 9, 16]; still 2 workers, none of the dead pids");
    }

    @Test
    @DisplayName("PoolRoundTrip: prints the median round trip and how many of them a JVM start costs")
    void roundTripDemo() throws Throwable {
        List<String> lines = DemoRunner.run(PoolRoundTrip.class, "", "50", "1").lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("task round trip, 50 echo tasks: median \\d+ µs, 90th percentile \\d+ µs");
        assertThat(lines.get(1)).matches("worker JVM start to exit, 1 runs: median \\d+ ms");
        assertThat(lines.get(2)).matches("one process start costs as much as about \\d+ task round trips");
    }

    @Test
    @DisplayName("PoolRoundTrip: a bad argument gets a usage line and exit code 2")
    void roundTripUsage() throws Exception {
        var result = DemoRunner.runInNewJvm(PoolRoundTrip.class, "", "lots");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).startsWith("usage: PoolRoundTrip").doesNotContain("\n");
    }

    private static List<Long> poolPids(String line, int size) {
        Matcher m = POOL_LINE.matcher(line);
        assertThat(m.matches()).as("first line: %s", line).isTrue();
        assertThat(m.group(1)).isEqualTo(Integer.toString(size));
        List<Long> pids = Arrays.stream(m.group(2).split(", ")).map(Long::parseLong).toList();
        assertThat(pids).hasSize(size).doesNotHaveDuplicates();
        return pids;
    }

    private static void assertUsedOnlyPoolPids(String line, List<Long> pool) {
        Matcher m = Pattern.compile("10 tasks ran in (\\d) worker processes: \\[([\\d, ]+)]").matcher(line);
        assertThat(m.matches()).as("last line: %s", line).isTrue();
        List<Long> used = Arrays.stream(m.group(2).split(", ")).map(Long::parseLong).toList();
        assertThat(used).hasSize(Integer.parseInt(m.group(1))).isSubsetOf(pool);
    }
}

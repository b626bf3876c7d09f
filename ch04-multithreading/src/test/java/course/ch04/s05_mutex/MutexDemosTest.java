package course.ch04.s05_mutex;

import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§4.5 Mutex (线程同步(互斥锁)) demos")
class MutexDemosTest {

    @RepeatedTest(value = 3, name = "run {currentRepetition} of {totalRepetitions}")
    @DisplayName("LostUpdate: without a lock one update is lost (99); each fix gives 98")
    void lostUpdate() throws Throwable {
        assertThat(DemoRunner.run(LostUpdate.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(LostUpdate.class).expected());
    }

    @Test
    @DisplayName("ForgotJoin: without join main prints 100, after join it prints 98")
    void forgotJoin() throws Throwable {
        assertThat(DemoRunner.run(ForgotJoin.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(ForgotJoin.class).expected());
    }

    @Test
    @DisplayName("ManyIncrements: racy counters may lose updates, locked and atomic ones count every increment")
    void manyIncrements() throws Throwable {
        var lines = DemoRunner.run(ManyIncrements.class, "").lines();
        assertThat(lines.getFirst()).isEqualTo("4 threads x 100000 increments each, expected 400000");
        Pattern row = Pattern.compile("(.+?) +(\\d+) +lost (-?\\d+)");
        Map<String, Long> counted = lines.stream().skip(1)
                .map(row::matcher)
                .filter(java.util.regex.Matcher::matches)
                .collect(Collectors.toMap(m -> m.group(1), m -> {
                    long value = Long.parseLong(m.group(2));
                    assertThat(Long.parseLong(m.group(3))).as("lost = expected - counted").isEqualTo(400_000 - value);
                    return value;
                }));
        assertThat(counted).containsOnlyKeys("plain int (racy)", "volatile int (racy)",
                "synchronized", "ReentrantLock", "AtomicInteger", "LongAdder");
        // Lost updates may happen, and how many is anyone's guess: never more than expected.
        assertThat(counted.get("plain int (racy)")).isBetween(1L, 400_000L);
        assertThat(counted.get("volatile int (racy)")).isBetween(1L, 400_000L);
        assertThat(counted).containsEntry("synchronized", 400_000L)
                .containsEntry("ReentrantLock", 400_000L)
                .containsEntry("AtomicInteger", 400_000L)
                .containsEntry("LongAdder", 400_000L);
    }

    @Test
    @DisplayName("ManyIncrements with 2 threads x 1000 reports an expected total of 2000")
    void manyIncrementsArguments() throws Throwable {
        var lines = DemoRunner.run(ManyIncrements.class, "", "2", "1000").lines();
        assertThat(lines.getFirst()).isEqualTo("2 threads x 1000 increments each, expected 2000");
        assertThat(lines).hasSize(7).contains("synchronized                 2000  lost 0");
    }

    @Test
    @DisplayName("ManyIncrements rejects a bad thread count with a usage line and exit code 2")
    void usage() throws Exception {
        var result = DemoRunner.runInNewJvm(ManyIncrements.class, "", "0");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).startsWith("usage: ManyIncrements").doesNotContain("\n");
    }
}

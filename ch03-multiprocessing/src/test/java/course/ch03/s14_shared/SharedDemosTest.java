package course.ch03.s14_shared;

import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§3.14 Shared data (共享数据) demos")
@Timeout(value = 40, unit = TimeUnit.SECONDS)
class SharedDemosTest {

    @Test
    @DisplayName("SharedMemory: ten locked decrements leave exactly 90; unlocked racers may lose decrements, never add")
    void sharedMemoryDemo() throws Throwable {
        List<String> lines = DemoRunner.run(SharedMemory.class, "", "2", "100000").lines();
        assertThat(lines).hasSize(2);
        // The original printed {'count': 0}; ten decrements of 100 leave 90.
        assertThat(lines.get(0)).isEqualTo("with a FileLock: 10 processes each take 1 from 100: count = 90");
        Matcher race = Pattern.compile("without a lock: 2 processes each take 100000 from 200000: "
                + "count = (\\d+) \\(expected 0, (\\d+) decrements lost\\)").matcher(lines.get(1));
        assertThat(race.matches()).as(lines.get(1)).isTrue();
        assertThat(Long.parseLong(race.group(1))).as("count after the unlocked race").isBetween(0L, 200_000L);
        assertThat(race.group(2)).isEqualTo(race.group(1));
    }

    @Test
    @DisplayName("SharedMemory: a bad argument gets a usage line and exit code 2")
    void usage() throws Exception {
        var result = DemoRunner.runInNewJvm(SharedMemory.class, "", "4", "lots");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).startsWith("usage: SharedMemory").doesNotContain("\n");
    }
}

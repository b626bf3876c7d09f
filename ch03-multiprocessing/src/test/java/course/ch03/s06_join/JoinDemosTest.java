package course.ch03.s06_join;

import course.kit.Pace;
import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§3.6 join demos")
class JoinDemosTest {

    @Test
    @DisplayName("StartAllThenJoinAll: serial joins answer Yim then Jim and take at least two waits; start-all-join-all at least one")
    void serialAndParallel() throws Throwable {
        var lines = DemoRunner.run(StartAllThenJoinAll.class, "").lines();
        long wait = Pace.scaled(Duration.ofSeconds(StartAllThenJoinAll.WAIT_SECONDS)).toMillis();
        assertThat(lines).hasSize(6);
        assertThat(lines.subList(0, 2)).containsExactly("My name is Yim", "My name is Jim");
        assertThat(lines.subList(3, 5)).containsExactlyInAnyOrder("My name is Kim", "My name is Tim");
        assertThat(millis(lines.get(2), "serial \\(start, join, start, join\\): 2 children took (\\d+) ms; each waits " + wait + " ms"))
                .isGreaterThanOrEqualTo(2 * wait);
        assertThat(millis(lines.get(5), "start all, then join all: 2 children took (\\d+) ms; each waits " + wait + " ms"))
                .isGreaterThanOrEqualTo(wait);
    }

    @Test
    @DisplayName("JoinRules: a timed join returns false, joins repeat, join before start is refused")
    void rules() throws Throwable {
        assertThat(DemoRunner.run(JoinRules.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(JoinRules.class).expected());
    }

    private static long millis(String line, String regex) {
        Matcher m = Pattern.compile(regex).matcher(line);
        assertThat(m.matches()).as("'%s' matches %s", line, regex).isTrue();
        return Long.parseLong(m.group(1));
    }
}

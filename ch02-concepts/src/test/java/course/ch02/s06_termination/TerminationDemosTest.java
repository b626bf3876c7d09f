package course.ch02.s06_termination;

import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§2.6 Process termination (进程的终止) demos")
class TerminationDemosTest {

    @Test
    @Timeout(25)
    @EnabledOnOs(value = OS.LINUX, disabledReason = "exit codes 143 and 137 are 128 + the signal number on Linux")
    @DisplayName("FourWaysToEnd on Linux: exit codes 0, 1, 1, 143 (SIGTERM, hook ran) and 137 (SIGKILL, no hook)")
    void exactExitCodesOnLinux() throws Throwable {
        assertThat(DemoRunner.run(FourWaysToEnd.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(FourWaysToEnd.class).expected());
    }

    @Test
    @Timeout(25)
    @DisabledOnOs(value = OS.LINUX, disabledReason = "Linux has the exact test above")
    @DisplayName("FourWaysToEnd elsewhere: 0 and 1 as on Linux, and a killed child never reports 0")
    void allowedExitCodesElsewhere() throws Throwable {
        List<String> lines = DemoRunner.run(FourWaysToEnd.class, "").lines();
        assertThat(lines).hasSize(5);
        assertThat(exitCode(lines.get(0))).isZero();
        assertThat(exitCode(lines.get(1))).isEqualTo(1);
        assertThat(exitCode(lines.get(2))).isEqualTo(1);
        // Windows: TerminateProcess gives 1; macOS and other Unix systems: 128 + signal.
        assertThat(exitCode(lines.get(3))).isIn(1, 143);
        assertThat(exitCode(lines.get(4))).isIn(1, 137);
    }

    static int exitCode(String line) {
        Matcher m = Pattern.compile(".* exit code (\\d+).*").matcher(line);
        assertThat(m.matches()).as(line).isTrue();
        return Integer.parseInt(m.group(1));
    }
}

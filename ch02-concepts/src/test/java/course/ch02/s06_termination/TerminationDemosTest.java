package course.ch02.s06_termination;

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
class FourWaysToEndTest {

    @Test
    @Timeout(25)
    @EnabledOnOs(value = OS.LINUX, disabledReason = "exit codes 143 and 137 are 128 + the signal number on Linux")
    @DisplayName("FourWaysToEnd on Linux: exit codes 0, 1, 1, 143 (SIGTERM, hook ran) and 137 (SIGKILL, no hook)")
    void exactExitCodesOnLinux() throws Throwable {
        List<String> lines = DemoRunner.run(FourWaysToEnd.class, "").lines();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).matches("normal exit \\(voluntary\\) +System\\.exit\\(0\\) +exit code 0");
        assertThat(lines.get(1)).matches("error exit \\(voluntary\\) +main class that does not exist +exit code 1; "
                + "stderr: Error: Could not find or load main class course\\.ch02\\.s06_termination\\.NoSuchProgram");
        assertThat(lines.get(2)).matches("fatal error \\(involuntary\\) +uncaught ArithmeticException +exit code 1; "
                + "stderr: Exception in thread \"main\" java\\.lang\\.ArithmeticException: / by zero");
        assertThat(lines.get(3)).matches("killed \\(involuntary\\) +destroy\\(\\), SIGTERM +exit code 143 = 128 \\+ 15; "
                + "the child's shutdown hook ran");
        assertThat(lines.get(4)).matches("killed \\(involuntary\\) +destroyForcibly\\(\\), SIGKILL +exit code 137 = 128 \\+ 9; "
                + "no shutdown hook ran");
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

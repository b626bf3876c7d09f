package course.ch02.s05_creating;

import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§2.5 Creating processes (进程的创建) demos")
class CreatingDemosTest {

    @Test
    @Timeout(25)
    @DisplayName("ProcessBuilderTour: arguments, environment, working directory, redirection to files, a merged pipe and inheritIO")
    void tour() throws Exception {
        // In a JVM of its own: part 3 uses inheritIO(), which must never write into the
        // test JVM's own standard output (surefire talks to Maven through it).
        var result = DemoRunner.runInNewJvm(ProcessBuilderTour.class, "");
        assertThat(result.exitCode()).isZero();
        List<String> lines = result.lines();
        String cwd = Path.of("").toAbsolutePath().toString();

        assertThat(lines.get(0)).isEqualTo("jdk.lang.Process.launchMechanism: not set, so the JDK's default (POSIX_SPAWN on Linux and macOS)");
        assertThat(lines.get(1)).isEqualTo("1. Arguments [one, two words, *, $HOME], COURSE_GREETING=hello from the parent,");
        Matcher dir = Pattern.compile("   working directory (.+), stdout and stderr redirected to files there").matcher(lines.get(2));
        assertThat(dir.matches()).as(lines.get(2)).isTrue();
        String tempDir = dir.group(1);
        assertThat(lines.get(3)).matches("   child pid \\d+ ended with exit code 0");
        assertThat(lines.subList(4, 8)).containsExactly(
                "   out.txt | child: 4 arguments: [one] [two words] [*] [$HOME]",
                "   out.txt | child: COURSE_GREETING=hello from the parent",
                "   out.txt | child: working directory " + tempDir,
                "   err.txt | child: this line goes to standard error");
        assertThat(Path.of(tempDir)).as("the temporary directory is removed again").doesNotExist();

        assertThat(lines.get(8)).isEqualTo("2. redirectErrorStream(true): both streams through one pipe that this JVM reads");
        assertThat(lines.subList(9, 13)).containsExactlyInAnyOrder(
                "   pipe | child: 1 argument: [merged]",
                "   pipe | child: COURSE_GREETING=(not set)",
                "   pipe | child: working directory " + cwd,
                "   pipe | child: this line goes to standard error");

        // With inheritIO the child's lines land in the demo JVM's own stdout and stderr, unprefixed.
        assertThat(lines.subList(13, lines.size())).containsExactly(
                "3. inheritIO(): the child writes straight to this JVM's own stdout and stderr",
                "child: 1 argument: [inherited]",
                "child: COURSE_GREETING=(not set)",
                "child: working directory " + cwd);
        assertThat(result.err().lines().toList()).containsExactly("child: this line goes to standard error");
        assertThat(Files.exists(Path.of(tempDir))).isFalse();
    }
}

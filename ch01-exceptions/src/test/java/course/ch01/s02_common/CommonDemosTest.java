package course.ch01.s02_common;

import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§1.2 Common exceptions (常见异常) demo")
class CommonDemosTest {

    @Test
    @DisplayName("PythonToJavaTable prints one line per row of the original's table, in its order, with the caught Java type and message")
    void tablePrintsEveryRowInOrder() throws Throwable {
        var result = DemoRunner.run(PythonToJavaTable.class, "");
        // The header shows the missing file's path with '/', as Linux and macOS print it.
        String missing = Path.of("no-such-dir", "no-such-file.txt").toString();
        List<String> lines = result.lines().stream()
                .map(line -> line.replace(missing, "no-such-dir/no-such-file.txt")).toList();
        assertThat(lines).containsExactlyElementsOf(DemoHeader.of(PythonToJavaTable.class).expected());
        assertThat(lines).extracting(line -> line.substring(0, line.indexOf(' '))).containsExactly(
                "AttributeError", "IOError", "ImportError", "IndentationError", "IndexError", "KeyError",
                "KeyboardInterrupt", "NameError", "SyntaxError", "TypeError", "UnboundLocalError", "ValueError");
        assertThat(result.out()).doesNotContain("nothing was thrown");
        assertThat(Thread.currentThread().isInterrupted()).as("the caller's interrupt flag").isFalse();
    }
}

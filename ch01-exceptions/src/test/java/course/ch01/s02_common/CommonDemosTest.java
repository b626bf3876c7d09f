package course.ch01.s02_common;

import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§1.2 Common exceptions (常见异常) demo")
class CommonExceptionsDemoTest {

    @Test
    @DisplayName("PythonToJavaTable prints one line per row of the original's table, in its order, with the caught Java type and message")
    void tablePrintsEveryRowInOrder() throws Throwable {
        var result = DemoRunner.run(PythonToJavaTable.class, "");
        List<String> lines = result.lines();
        assertThat(lines).extracting(line -> line.substring(0, line.indexOf(' '))).containsExactly(
                "AttributeError", "IOError", "ImportError", "IndentationError", "IndexError", "KeyError",
                "KeyboardInterrupt", "NameError", "SyntaxError", "TypeError", "UnboundLocalError", "ValueError");
        assertThat(lines).contains(
                "AttributeError    -> NoSuchFieldException: size",
                "IOError           -> NoSuchFileException: " + Path.of("no-such-dir", "no-such-file.txt"),
                "ImportError       -> ClassNotFoundException: numpy.ndarray",
                "IndentationError  -> no Java counterpart: blocks are marked by braces, indentation means nothing",
                "IndexError        -> ArrayIndexOutOfBoundsException: Index 3 out of bounds for length 3",
                "KeyError          -> NoSuchElementException: No value present",
                "KeyboardInterrupt -> InterruptedException: sleep interrupted",
                "NameError         -> compile time only: javac says \"cannot find symbol\"",
                "SyntaxError       -> compile time only: javac says, for example, \"';' expected\"",
                "UnboundLocalError -> compile time only: javac says \"variable x might not have been initialized\"",
                "ValueError        -> NumberFormatException: For input string: \"hello\"");
        assertThat(lines.get(9)).startsWith(
                "TypeError         -> ClassCastException: class java.lang.String cannot be cast to class java.lang.Integer");
        assertThat(result.out()).doesNotContain("nothing was thrown");
        assertThat(Thread.currentThread().isInterrupted()).as("the caller's interrupt flag").isFalse();
    }
}

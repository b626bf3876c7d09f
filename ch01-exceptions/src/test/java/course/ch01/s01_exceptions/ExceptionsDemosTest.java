package course.ch01.s01_exceptions;

import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§1.1 Exceptions (异常) demos")
class ExceptionsDemosTest {

    @Test
    @DisplayName("RuntimeErrors: division by zero and a bad cast are caught with type, message and top frames; \"2\" + 2 is \"22\"")
    void runtimeErrors() throws Throwable {
        var result = DemoRunner.run(RuntimeErrors.class, "");
        assertThat(lineNumbersAsNN(result.lines())).containsExactlyElementsOf(DemoHeader.of(RuntimeErrors.class).expected());
        assertThat(result.err()).isEmpty();
    }

    @Test
    @DisplayName("RuntimeErrors crash: the uncaught exception is reported by the JVM, innermost frame first, exit code 1")
    void runtimeErrorsCrash() throws Exception {
        var result = DemoRunner.runInNewJvm(RuntimeErrors.class, "", "crash");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        // Skip anything the JVM itself may print first (e.g. "Picked up JAVA_TOOL_OPTIONS").
        List<String> err = result.err().lines().dropWhile(line -> !line.startsWith("Exception in thread")).toList();
        assertThat(err).as("stderr: %s", result.err()).hasSizeGreaterThan(2);
        assertThat(err.get(0)).isEqualTo("Exception in thread \"main\" java.lang.ArithmeticException: / by zero");
        assertThat(err.get(1)).startsWith("\tat course.ch01.s01_exceptions.RuntimeErrors.tenTimesOneOver(");
        assertThat(err.get(2)).startsWith("\tat course.ch01.s01_exceptions.RuntimeErrors.main(");
    }

    @Test
    @DisplayName("RuntimeErrors with a wrong argument count prints a usage line and exits with code 2")
    void runtimeErrorsUsage() throws Exception {
        var result = DemoRunner.runInNewJvm(RuntimeErrors.class, "", "crash", "twice");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("usage: RuntimeErrors [crash]").doesNotContain("Exception");
        assertThat(result.err().strip()).doesNotContain("\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    @DisplayName("CompileTimeErrors: javac rejects a syntax error, an unknown name and a wrong type; the fixed program prints 22")
    void compileTimeErrors() throws Throwable {
        List<String> lines = DemoRunner.run(CompileTimeErrors.class, "").lines();
        assertThat(syntaxErrorWordingMasked(lines))
                .containsExactlyElementsOf(syntaxErrorWordingMasked(DemoHeader.of(CompileTimeErrors.class).expected()));
    }

    @Test
    @DisplayName("InMemoryCompiler keeps class files in memory and reports nothing for a correct source")
    void inMemoryCompiler() {
        var outcome = InMemoryCompiler.compile("Tiny", "public class Tiny { class Inner { } }");
        assertThat(outcome.compiled()).isTrue();
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.classFiles()).containsOnlyKeys("Tiny", "Tiny$Inner");
        assertThat(outcome.classFiles().get("Tiny")).startsWith((byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE);
    }

    /** The demo's lines with every line number of a stack frame shown as in its header: {@code (RuntimeErrors.java:NN)}. */
    static List<String> lineNumbersAsNN(List<String> lines) {
        return lines.stream().map(line -> line.replaceAll("\\.java:\\d+\\)", ".java:NN)")).toList();
    }

    /**
     * javac's wording for the missing parenthesis changed over JDK versions ("')' expected", "')' or ','
     * expected"), and with it perhaps the caret; the line and the kind of error did not. Masks those two
     * lines on both sides, so that the header shows one JDK's words and every JDK is compared with it.
     */
    static List<String> syntaxErrorWordingMasked(List<String> lines) {
        List<String> masked = new ArrayList<>(lines);
        for (int i = 0; i < masked.size(); i++) {
            if (masked.get(i).matches("Hello\\.java:3: error: .*expected")) {
                masked.set(i, "Hello.java:3: error: … expected");
                if (i + 2 < masked.size() && masked.get(i + 2).matches(" +\\^")) {
                    masked.set(i + 2, "^");
                }
            }
        }
        return masked;
    }
}

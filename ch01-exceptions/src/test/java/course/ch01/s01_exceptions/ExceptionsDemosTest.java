package course.ch01.s01_exceptions;

import course.kit.test.DemoRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§1.1 Exceptions (异常) demos")
class ExceptionsDemosTest {

    @AfterAll
    static void noChildProcessLeft() {
        assertThat(ProcessHandle.current().descendants().toList()).as("child processes left behind").isEmpty();
    }

    @Test
    @DisplayName("RuntimeErrors: division by zero and a bad cast are caught with type, message and top frames; \"2\" + 2 is \"22\"")
    void runtimeErrors() throws Throwable {
        var result = DemoRunner.run(RuntimeErrors.class, "");
        List<String> lines = result.lines();
        assertThat(lines).hasSize(10);
        assertThat(lines.subList(0, 2)).containsExactly("10 * (1 / 0):", "  ArithmeticException: / by zero");
        assertThat(lines.get(2)).matches("    at course\\.ch01\\.s01_exceptions\\.RuntimeErrors\\.tenTimesOneOver\\(RuntimeErrors\\.java:\\d+\\)");
        assertThat(lines.get(3)).matches("    at course\\.ch01\\.s01_exceptions\\.RuntimeErrors\\.main\\(RuntimeErrors\\.java:\\d+\\)");
        assertThat(lines.subList(4, 7)).containsExactly(
                "\"2\" + 2:",
                "  no exception: the result is the String \"22\"",
                "(Integer) an Object holding \"2\":");
        assertThat(lines.get(7)).startsWith("  ClassCastException: class java.lang.String cannot be cast to class java.lang.Integer");
        assertThat(lines.get(8)).matches("    at course\\.ch01\\.s01_exceptions\\.RuntimeErrors\\.castToInteger\\(RuntimeErrors\\.java:\\d+\\)");
        assertThat(lines.get(9)).matches("    at course\\.ch01\\.s01_exceptions\\.RuntimeErrors\\.main\\(RuntimeErrors\\.java:\\d+\\)");
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
        String out = DemoRunner.run(CompileTimeErrors.class, "").out();
        Map<String, String> parts = sections(out);
        assertThat(parts).containsOnlyKeys(
                "a syntax error (Python: SyntaxError)",
                "an unknown name (Python: NameError, at run time)",
                "a string where a number belongs (Python: TypeError, at run time)",
                "fixed: \"2\" + 2 joins text, it is no error in Java");
        // javac's wording for a missing parenthesis changed over JDK versions; the place did not.
        assertThat(parts.get("a syntax error (Python: SyntaxError)"))
                .matches("(?s)Hello\\.java:3: error: .*expected\n        System\\.out\\.println\\(\"hello\";\n +\\^\n"
                        + "compiled: no, so not even the first line of main ran\n");
        assertThat(parts.get("an unknown name (Python: NameError, at run time)")).isEqualTo("""
                Hello.java:3: error: cannot find symbol
                  symbol:   variable age
                  location: class Hello
                        System.out.println(age);
                                           ^
                compiled: no, so not even the first line of main ran
                """);
        assertThat(parts.get("a string where a number belongs (Python: TypeError, at run time)")).isEqualTo("""
                Hello.java:3: error: incompatible types: java.lang.String cannot be converted to int
                        int total = "2" + 2;
                                        ^
                compiled: no, so not even the first line of main ran
                """);
        assertThat(parts.get("fixed: \"2\" + 2 joins text, it is no error in Java")).isEqualTo("""
                compiled: yes; running Hello.main:
                22
                """);
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

    /** Splits the demo's output at its "--- title" lines: title → the text below it. */
    static Map<String, String> sections(String out) {
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        String title = null;
        StringBuilder body = new StringBuilder();
        for (String line : out.lines().toList()) {
            if (line.startsWith("--- ")) {
                if (title != null) {
                    parts.put(title, body.toString());
                }
                title = line.substring(4);
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        if (title != null) {
            parts.put(title, body.toString());
        }
        return parts;
    }
}

package course.ch01.s04_raising;

import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§1.4 Raising exceptions (抛出异常) demos")
class RaisingDemosTest {

    @Test
    @DisplayName("RaiseAndCatch: the thrown message reaches the catch-all; guard clauses reject bad calls with clear messages")
    void raiseAndCatch() throws Throwable {
        assertThat(DemoRunner.run(RaiseAndCatch.class, "").lines()).containsExactly(
                "caught: wrong type",
                "setAge(30): ok, age is 30",
                "setAge(-5): IllegalArgumentException: age must be between 0 and 150, was -5",
                "setName(null): NullPointerException: name must not be null",
                "greet() before setName: IllegalStateException: no name yet: call setName first");
    }

    @Test
    @DisplayName("CheckedVsUnchecked: classifies by hierarchy, javac demands throws for IOException, and a lambda wraps it")
    void checkedVsUnchecked() throws Throwable {
        assertThat(DemoRunner.run(CheckedVsUnchecked.class, "").lines()).containsExactly(
                "IOException             checked    IOException < Exception < Throwable",
                "NoSuchFileException     checked    NoSuchFileException < FileSystemException < IOException < Exception < Throwable",
                "NumberFormatException   unchecked  NumberFormatException < IllegalArgumentException < RuntimeException < Exception < Throwable",
                "UncheckedIOException    unchecked  UncheckedIOException < RuntimeException < Exception < Throwable",
                "StackOverflowError      error      StackOverflowError < VirtualMachineError < Error < Throwable",
                "--- without throws",
                "Notes.java:4: error: unreported exception java.io.IOException; must be caught or declared to be thrown",
                "    static String read(String name) { return Files.readString(Path.of(name)); }",
                "                                                             ^",
                "--- with throws IOException",
                "compiled",
                "firstLine(missing.txt): caught NoSuchFileException: missing.txt",
                "wrapped for a lambda: UncheckedIOException, cause NoSuchFileException");
    }

    @Test
    @DisplayName("RethrowAndCause: rethrow keeps the exception; losing the cause shows no \"Caused by:\", keeping it shows the whole chain")
    void rethrowAndCause() throws Throwable {
        List<String> lines = DemoRunner.run(RethrowAndCause.class, "").lines();
        assertThat(lines).hasSize(13);
        assertThat(lines.subList(0, 4)).containsExactly(
                "log: port=ten rejected, rethrowing",
                "caught again outside: NumberFormatException: For input string: \"ten\"",
                "--- wrapLosingCause",
                "java.lang.IllegalStateException: server cannot start: For input string: \"ten\"");
        assertThat(lines.get(4)).matches(frame("wrapLosingCause"));
        assertThat(lines.subList(5, 7)).containsExactly(
                "--- wrapKeepingCause",
                "java.lang.IllegalStateException: server cannot start");
        assertThat(lines.get(7)).matches(frame("wrapKeepingCause"));
        assertThat(lines.get(8)).isEqualTo("Caused by: java.lang.IllegalArgumentException: setting 'port' is not a number: ten");
        assertThat(lines.get(9)).matches(frame("port"));
        assertThat(lines.get(10)).isEqualTo("Caused by: java.lang.NumberFormatException: For input string: \"ten\"");
        assertThat(lines.get(11)).startsWith("    at java.base/java.lang.NumberFormatException.");
        assertThat(lines.get(12)).isEqualTo("root cause: NumberFormatException, 2 levels down");
        assertThat(lines.subList(0, 8)).noneMatch(line -> line.startsWith("Caused by:"));
    }

    private static String frame(String method) {
        return "    at course\\.ch01\\.s04_raising\\.RethrowAndCause\\." + method + "\\(RethrowAndCause\\.java:\\d+\\)";
    }
}

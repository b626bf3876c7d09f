package course.ch01.s03_handling;

import course.ch01.Chapter01;
import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§1.3 Handling exceptions (异常处理) demos")
class HandlingDemosTest {

    @Test
    @DisplayName("GuessTheAge prints what its header shows for the answers abc, 30 and 25")
    void guessTheAgeAsInItsHeader() throws Throwable {
        assertThat(DemoRunner.run(GuessTheAge.class, "abc\n30\n25\n").lines())
                .containsExactlyElementsOf(DemoHeader.of(GuessTheAge.class).expected());
    }

    @Test
    @DisplayName("GuessTheAge rejects non-digits, hints, and stops at the secret age 25")
    void guessTheAge() throws Throwable {
        var result = DemoRunner.run(GuessTheAge.class, "abc\n\n-3\n30\n10\n99999\n25\nnever read\n");
        assertThat(result.out().split("Guess my age: ", -1)).containsExactly(
                "",
                "Please type digits only.\n",
                "Please type digits only.\n",
                "Please type digits only.\n",
                "Too big.\n",
                "Too small.\n",
                "Nobody is that old.\n",
                "You got it\n");
    }

    @Test
    @DisplayName("GuessTheAge ends cleanly at end of input, with no stack trace")
    void guessTheAgeEndOfInput() throws Throwable {
        var result = DemoRunner.run(GuessTheAge.class, "7\n");
        assertThat(result.lines()).last().isEqualTo("No more input: bye.");
        assertThat(result.err()).isEmpty();
    }

    @Test
    @DisplayName("ReadNumber prints what its header shows for the answers twelve and 12")
    void readNumberAsInItsHeader() throws Throwable {
        assertThat(DemoRunner.run(ReadNumber.class, "twelve\n12\n").lines())
                .containsExactlyElementsOf(DemoHeader.of(ReadNumber.class).expected());
    }

    @Test
    @DisplayName("ReadNumber catches NumberFormatException and asks again until a number comes")
    void readNumber() throws Throwable {
        var result = DemoRunner.run(ReadNumber.class, "twelve\n1.5\n 12 \n");
        assertThat(result.out().split("Enter a whole number: ", -1)).containsExactly(
                "",
                "'twelve' is not a valid number, try again.\n",
                "'1.5' is not a valid number, try again.\n",
                "You entered 12; doubled it is 24.\n");
    }

    @Test
    @DisplayName("ReadNumber reports overflow of the doubled number and ends cleanly at end of input")
    void readNumberOverflowAndEnd() throws Throwable {
        var result = DemoRunner.run(ReadNumber.class, "2000000000\n");
        assertThat(result.out()).contains("2000000000 is too big to double, try again.")
                .endsWith("No more input: bye." + System.lineSeparator());
    }

    @Test
    @DisplayName("CatchRules: first matching handler, multi-catch and catch-all, in order")
    void catchRules() throws Throwable {
        assertThat(DemoRunner.run(CatchRules.class, "").lines()).containsExactlyElementsOf(DemoHeader.of(CatchRules.class).expected());
    }

    @Test
    @DisplayName("PropagationAndFinally: the outer try catches what the inner one did not; finally always runs")
    void propagationAndFinally() throws Throwable {
        assertThat(DemoRunner.run(PropagationAndFinally.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(PropagationAndFinally.class).expected());
    }

    @Test
    @DisplayName("LineCounter, given what the launcher gives it, prints what its header shows, but for the two files' lengths")
    void lineCounterAsInItsHeader() throws Throwable {
        // The launcher's arguments name files of this module's folder, the tests' working directory.
        List<String> launcherArgs = Chapter01.CHAPTER.section("1.3").orElseThrow().demos().stream()
                .filter(demo -> demo.mainClass() == LineCounter.class).findFirst().orElseThrow().launcherArgs();
        var result = DemoRunner.run(LineCounter.class, "", launcherArgs.toArray(String[]::new));
        assertThat(countsMasked(result.lines())).containsExactlyElementsOf(countsMasked(DemoHeader.of(LineCounter.class).expected()));
    }

    @Test
    @DisplayName("LineCounter counts each file, reports a missing one and goes on with the rest")
    void lineCounter(@TempDir Path dir) throws Throwable {
        Path three = Files.writeString(dir.resolve("three.txt"), "a\nb\nc\n");
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path missing = dir.resolve("missing.txt");
        var result = DemoRunner.run(LineCounter.class, "", three.toString(), missing.toString(), empty.toString());
        assertThat(result.lines()).containsExactly(
                three + " has 3 lines",
                "cannot open " + missing,
                empty + " has 0 lines");
    }

    @Test
    @DisplayName("LineCounter reports a directory and a file that is not text as unreadable")
    void lineCounterUnreadable(@TempDir Path dir) throws Throwable {
        Path binary = Files.write(dir.resolve("binary.bin"), new byte[] {(byte) 0xC3, (byte) 0x28, '\n'});
        var result = DemoRunner.run(LineCounter.class, "", dir.toString(), binary.toString());
        assertThat(result.lines()).containsExactly("cannot open " + dir, "cannot open " + binary);
    }

    @ParameterizedTest(name = "{0} with an argument")
    @ValueSource(classes = {GuessTheAge.class, ReadNumber.class})
    @DisplayName("the keyboard demos take no arguments: given one, they print a usage line and exit with code 2")
    void keyboardDemosRejectArguments(Class<?> demo) throws Exception {
        var result = DemoRunner.runInNewJvm(demo, "25\n", "25");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("usage: " + demo.getSimpleName());
        assertThat(result.err().strip()).doesNotContain("\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    @DisplayName("ReadNumber ends cleanly when the input is empty from the start")
    void readNumberEmptyInput() throws Throwable {
        var result = DemoRunner.run(ReadNumber.class, "");
        assertThat(result.out()).isEqualTo("Enter a whole number: " + System.lineSeparator() + "No more input: bye." + System.lineSeparator());
        assertThat(result.err()).isEmpty();
    }

    @ParameterizedTest(name = "arguments: [{0}]")
    @ValueSource(strings = {"", "pom.xml -v"})
    @DisplayName("LineCounter without arguments, or with an option, prints a usage line and exits with code 2 before counting")
    void lineCounterUsage(String args) throws Exception {
        var result = DemoRunner.runInNewJvm(LineCounter.class, "", args.isEmpty() ? new String[0] : args.split(" "));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("usage: LineCounter FILE...");
        assertThat(result.err().strip()).doesNotContain("\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    @DisplayName("ReadNumber keeps only the first 80 characters of a huge line, and the cut line is no number")
    void readNumberHugeLine() throws Throwable {
        var result = DemoRunner.run(ReadNumber.class, "1".repeat(100_000) + "\n7\n");
        assertThat(result.out().split("Enter a whole number: ", -1)).containsExactly(
                "",
                "'" + "1".repeat(80) + "…' is not a valid number, try again.\n",
                "You entered 7; doubled it is 14.\n");
    }

    /** "pom.xml has 43 lines" → "pom.xml has N lines": the lengths of files that are edited now and then. */
    static List<String> countsMasked(List<String> lines) {
        return lines.stream().map(line -> line.replaceFirst(" has \\d+ lines$", " has N lines")).toList();
    }
}

package course.ch01.s04_raising;

import course.kit.test.DemoHeader;
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
        assertThat(DemoRunner.run(RaiseAndCatch.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(RaiseAndCatch.class).expected());
    }

    @Test
    @DisplayName("CheckedVsUnchecked: classifies by hierarchy, javac demands throws for IOException, and a lambda wraps it")
    void checkedVsUnchecked() throws Throwable {
        assertThat(DemoRunner.run(CheckedVsUnchecked.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(CheckedVsUnchecked.class).expected());
    }

    @Test
    @DisplayName("RethrowAndCause: rethrow keeps the exception; losing the cause shows no \"Caused by:\", keeping it shows the whole chain")
    void rethrowAndCause() throws Throwable {
        List<String> lines = DemoRunner.run(RethrowAndCause.class, "").lines();
        // Line numbers move whenever a file is edited (and the JDK's own with its version): the header shows NN.
        List<String> shown = lines.stream().map(line -> line.replaceAll("\\.java:\\d+\\)", ".java:NN)")).toList();
        assertThat(shown).containsExactlyElementsOf(DemoHeader.of(RethrowAndCause.class).expected());
        assertThat(lines.subList(0, 8)).as("the chain that lost its cause").noneMatch(line -> line.startsWith("Caused by:"));
    }
}

package course.ch01;

import course.kit.Chapter;
import course.kit.Demo;
import course.kit.test.ChapterContract;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Chapter 1 catalogue and launcher")
class Chapter01Test implements ChapterContract {

    @Override
    public Chapter chapter() {
        return Chapter01.CHAPTER;
    }

    @Test
    @DisplayName("the launcher runs a section's demos by number, in a fresh JVM")
    void runsSection() throws Exception {
        var result = DemoRunner.runInNewJvm(Chapter01.class, "25\n", "1.3");
        assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isZero();
        assertThat(result.out()).contains("=== course.ch01.s03_handling.GuessTheAge", "You got it",
                "=== course.ch01.s03_handling.LineCounter pom.xml no-such-file.txt README.md", "cannot open no-such-file.txt");
    }

    @ParameterizedTest(name = "section {0}")
    @ValueSource(strings = {"1.1", "1.2", "1.3", "1.4", "1.5", "1.6"})
    @DisplayName("the launcher runs every demo of each section, in catalogue order, without errors")
    void runsEverySection(String number) throws Throwable {
        var section = Chapter01.CHAPTER.section(number).orElseThrow();
        var result = DemoRunner.run(Chapter01.class, "25\n", number);
        assertThat(result.lines()).filteredOn(line -> line.startsWith("=== "))
                .extracting(line -> line.substring(4).split(" ")[0])
                .containsExactlyElementsOf(section.demos().stream().map(Demo::mainClass).map(Class::getName).toList());
        assertThat(result.err()).isEmpty();
    }
}

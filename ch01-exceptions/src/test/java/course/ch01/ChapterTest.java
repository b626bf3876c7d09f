package course.ch01;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Modifier;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Chapter 1 launcher and catalogue")
class ChapterTest {

    @AfterAll
    static void noChildProcessLeft() {
        assertThat(ProcessHandle.current().descendants().toList()).as("child processes left behind").isEmpty();
    }

    @Test
    @DisplayName("the catalogue lists sections 1.1 to 1.6 in order, each with both titles")
    void catalogueIsComplete() {
        assertThat(Chapter01.SECTIONS).extracting(Chapter01.Section::number)
                .containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "1.6");
        assertThat(Chapter01.SECTIONS).allSatisfy(s -> {
            assertThat(s.english()).as("English title of §%s", s.number()).isNotBlank();
            assertThat(s.chinese()).as("Chinese title of §%s", s.number()).isNotBlank();
        });
    }

    @Test
    @DisplayName("every demo in the catalogue has a public static main in its section's package")
    void demosHaveMain() throws Exception {
        for (Chapter01.Section s : Chapter01.SECTIONS) {
            String pkg = "course.ch01.s%02d_".formatted(Integer.parseInt(s.number().substring(2)));
            for (Chapter01.Demo d : s.demos()) {
                assertThat(d.mainClass().getPackageName()).as("package of %s", d.mainClass()).startsWith(pkg);
                var main = d.mainClass().getMethod("main", String[].class);
                assertThat(Modifier.isStatic(main.getModifiers())).as("%s.main is static", d.mainClass()).isTrue();
            }
        }
    }

    @Test
    @DisplayName("without a section the launcher lists every section with its titles")
    void listsSections() throws Throwable {
        var result = DemoRunner.run(Chapter01.class, "");
        assertThat(result.out()).contains(Chapter01.SECTIONS.stream()
                .map(s -> "%-5s %s (%s)".formatted(s.number(), s.english(), s.chinese())).toList());
    }

    @Test
    @DisplayName("every section has at least one demo")
    void everySectionHasADemo() {
        assertThat(Chapter01.SECTIONS).allSatisfy(s ->
                assertThat(s.demos()).as("demos of §%s", s.number()).isNotEmpty());
    }

    @Test
    @DisplayName("the launcher runs a section's demos by number")
    void runsSection() throws Exception {
        var result = DemoRunner.runInNewJvm(Chapter01.class, "25\n", "1.3");
        assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isZero();
        assertThat(result.out()).contains("=== GuessTheAge", "You got it", "=== LineCounter", "cannot open no-such-file.txt");
    }

    @ParameterizedTest(name = "section {0}")
    @ValueSource(strings = {"1.1", "1.2", "1.3", "1.4", "1.5", "1.6"})
    @DisplayName("the launcher runs every demo of each section, in catalogue order, without errors")
    void runsEverySection(String number) throws Throwable {
        var section = Chapter01.SECTIONS.stream().filter(s -> s.number().equals(number)).findFirst().orElseThrow();
        var result = DemoRunner.run(Chapter01.class, "25\n", number);
        assertThat(result.lines()).filteredOn(line -> line.startsWith("=== "))
                .extracting(line -> line.substring(4).split(" ")[0])
                .containsExactlyElementsOf(section.demos().stream().map(d -> d.mainClass().getSimpleName()).toList());
        assertThat(result.err()).isEmpty();
    }

    @Test
    @DisplayName("an unknown section gets an error line, a usage line and exit code 2")
    void unknownSection() throws Exception {
        var result = DemoRunner.runInNewJvm(Chapter01.class, "", "9.99");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).containsExactly(
                "Unknown section '9.99'; this chapter has [1.1, 1.2, 1.3, 1.4, 1.5, 1.6]",
                "usage: ./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=N.M");
        assertThat(result.out()).isEmpty();
    }
}

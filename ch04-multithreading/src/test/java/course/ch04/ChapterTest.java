package course.ch04;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Modifier;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Chapter 4 launcher and catalogue")
class ChapterTest {

    @Test
    @DisplayName("the catalogue lists sections 4.1 to 4.12 in order, each with both titles")
    void catalogueIsComplete() {
        assertThat(Chapter04.SECTIONS).extracting(Chapter04.Section::number)
                .containsExactly("4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "4.9", "4.10", "4.11", "4.12");
        assertThat(Chapter04.SECTIONS).allSatisfy(s -> {
            assertThat(s.english()).as("English title of §%s", s.number()).isNotBlank();
            assertThat(s.chinese()).as("Chinese title of §%s", s.number()).isNotBlank();
        });
    }

    @Test
    @DisplayName("every demo in the catalogue has a public static main in its section's package")
    void demosHaveMain() throws Exception {
        for (Chapter04.Section s : Chapter04.SECTIONS) {
            String pkg = "course.ch04.s%02d_".formatted(Integer.parseInt(s.number().substring(2)));
            for (Chapter04.Demo d : s.demos()) {
                assertThat(d.mainClass().getPackageName()).as("package of %s", d.mainClass()).startsWith(pkg);
                var main = d.mainClass().getMethod("main", String[].class);
                assertThat(Modifier.isStatic(main.getModifiers())).as("%s.main is static", d.mainClass()).isTrue();
            }
        }
    }

    @Test
    @DisplayName("without a section the launcher lists every section with its titles")
    void listsSections() throws Throwable {
        var result = DemoRunner.run(Chapter04.class, "");
        assertThat(result.out()).contains(Chapter04.SECTIONS.stream()
                .map(s -> "%-5s %s (%s)".formatted(s.number(), s.english(), s.chinese())).toList());
    }

    @Test
    @DisplayName("every section has at least one demo")
    void everySectionHasADemo() {
        assertThat(Chapter04.SECTIONS).allSatisfy(s ->
                assertThat(s.demos()).as("demos of §%s", s.number()).isNotEmpty());
    }

    @Test
    @DisplayName("an unknown section gets an error line, the usage line and exit code 2")
    void unknownSection() throws Exception {
        var result = DemoRunner.runInNewJvm(Chapter04.class, "", "9.99");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines().toList()).satisfiesExactly(
                line -> assertThat(line).startsWith("Unknown section '9.99'; this chapter has [4.1, "),
                line -> assertThat(line).isEqualTo(Chapter04.USAGE));
    }
}

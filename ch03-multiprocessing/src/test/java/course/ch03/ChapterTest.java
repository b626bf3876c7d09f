package course.ch03;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Modifier;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Chapter 3 launcher and catalogue")
class ChapterTest {

    @Test
    @DisplayName("the catalogue lists sections 3.1 to 3.14 in order, each with both titles")
    void catalogueIsComplete() {
        assertThat(Chapter03.SECTIONS).extracting(Chapter03.Section::number)
                .containsExactly("3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10", "3.11", "3.12", "3.13", "3.14");
        assertThat(Chapter03.SECTIONS).allSatisfy(s -> {
            assertThat(s.english()).as("English title of §%s", s.number()).isNotBlank();
            assertThat(s.chinese()).as("Chinese title of §%s", s.number()).isNotBlank();
        });
    }

    @Test
    @DisplayName("every demo in the catalogue has a public static main in its section's package")
    void demosHaveMain() throws Exception {
        for (Chapter03.Section s : Chapter03.SECTIONS) {
            String pkg = "course.ch03.s%02d_".formatted(Integer.parseInt(s.number().substring(2)));
            for (Chapter03.Demo d : s.demos()) {
                assertThat(d.mainClass().getPackageName()).as("package of %s", d.mainClass()).startsWith(pkg);
                var main = d.mainClass().getMethod("main", String[].class);
                assertThat(Modifier.isStatic(main.getModifiers())).as("%s.main is static", d.mainClass()).isTrue();
            }
        }
    }

    @Test
    @DisplayName("without a section the launcher lists every section with its titles")
    void listsSections() throws Throwable {
        var result = DemoRunner.run(Chapter03.class, "");
        assertThat(result.out()).contains(Chapter03.SECTIONS.stream()
                .map(s -> "%-5s %s (%s)".formatted(s.number(), s.english(), s.chinese())).toList());
    }

    @Test
    @DisplayName("every section has at least one demo")
    void everySectionHasADemo() {
        assertThat(Chapter03.SECTIONS).allSatisfy(s ->
                assertThat(s.demos()).as("demos of §%s", s.number()).isNotEmpty());
    }

    @Test
    @DisplayName("an unknown section gets a line naming the sections, a usage line and exit code 2")
    void unknownSection() throws Exception {
        var result = DemoRunner.runInNewJvm(Chapter03.class, "", "9.99");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip().lines().toList()).hasSize(2).satisfiesExactly(
                first -> assertThat(first).startsWith("Unknown section '9.99'; this chapter has [3.1,"),
                second -> assertThat(second).startsWith("usage: ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection="));
    }
}

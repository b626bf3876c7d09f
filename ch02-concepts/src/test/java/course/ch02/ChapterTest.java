package course.ch02;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Modifier;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Chapter 2 launcher and catalogue")
class ChapterTest {

    @Test
    @DisplayName("the catalogue lists sections 2.1 to 2.9 in order, each with both titles")
    void catalogueIsComplete() {
        assertThat(Chapter02.SECTIONS).extracting(Chapter02.Section::number)
                .containsExactly("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9");
        assertThat(Chapter02.SECTIONS).allSatisfy(s -> {
            assertThat(s.english()).as("English title of §%s", s.number()).isNotBlank();
            assertThat(s.chinese()).as("Chinese title of §%s", s.number()).isNotBlank();
        });
    }

    @Test
    @DisplayName("every demo in the catalogue has a public static main in its section's package")
    void demosHaveMain() throws Exception {
        for (Chapter02.Section s : Chapter02.SECTIONS) {
            String pkg = "course.ch02.s%02d_".formatted(Integer.parseInt(s.number().substring(2)));
            for (Chapter02.Demo d : s.demos()) {
                assertThat(d.mainClass().getPackageName()).as("package of %s", d.mainClass()).startsWith(pkg);
                var main = d.mainClass().getMethod("main", String[].class);
                assertThat(Modifier.isStatic(main.getModifiers())).as("%s.main is static", d.mainClass()).isTrue();
            }
        }
    }

    @Test
    @DisplayName("without a section the launcher lists every section with its titles")
    void listsSections() throws Throwable {
        var result = DemoRunner.run(Chapter02.class, "");
        assertThat(result.out()).contains(Chapter02.SECTIONS.stream()
                .map(s -> "%-5s %s (%s)".formatted(s.number(), s.english(), s.chinese())).toList());
    }

    @Test
    @DisplayName("every section has at least one demo")
    void everySectionHasADemo() {
        assertThat(Chapter02.SECTIONS).allSatisfy(s ->
                assertThat(s.demos()).as("demos of §%s", s.number()).isNotEmpty());
    }

    @Test
    @DisplayName("an unknown section gets a one-line error, the usage line and exit code 2")
    void unknownSection() throws Exception {
        var result = DemoRunner.runInNewJvm(Chapter02.class, "", "9.99");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines().toList()).hasSize(2)
                .satisfies(lines -> assertThat(lines.get(0)).startsWith("Unknown section '9.99'; this chapter has [2.1,"))
                .satisfies(lines -> assertThat(lines.get(1)).isEqualTo(Chapter02.USAGE));
        assertThat(result.out()).isEmpty();
    }
}

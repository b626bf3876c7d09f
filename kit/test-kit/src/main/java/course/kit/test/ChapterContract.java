package course.kit.test;

import course.kit.Chapter;
import course.kit.Demo;
import course.kit.Section;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every chapter's catalogue and launcher must satisfy. A chapter's test class implements
 * this interface and names its catalogue; the tests below run for it. (The launcher's other
 * answers, the same in every chapter, are tested once, in the kit.)
 * <pre>
 * &#64;DisplayName("Chapter 1 catalogue and launcher")
 * class Chapter01Test implements ChapterContract {
 *     public Chapter chapter() { return Chapter01.CHAPTER; }
 * }
 * </pre>
 */
public interface ChapterContract {

    /** The catalogue under test. */
    Chapter chapter();

    /** The class whose {@code main} is the chapter's launcher: {@code course.chNN.ChapterNN}. */
    private Class<?> launcher() throws ClassNotFoundException {
        String id = chapter().id().substring(2);
        return Class.forName("course.ch" + id + ".Chapter" + id);
    }

    @Test
    @DisplayName("the catalogue is this module's, and lists sections N.1, N.2, … in order, each with both titles")
    default void catalogueIsComplete() {
        Chapter chapter = chapter();
        assertThat(chapter.module()).as("the chapter's module: the folder its tests run in")
                .isEqualTo(Path.of("").toAbsolutePath().getFileName().toString());
        assertThat(chapter.module()).startsWith(chapter.id() + "-");
        assertThat(chapter.sections()).extracting(Section::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, chapter.sections().size())
                        .mapToObj(n -> chapter.number() + "." + n).toList());
        assertThat(chapter.sections()).allSatisfy(s -> {
            assertThat(s.english()).as("English title of §%s", s.number()).isNotBlank();
            assertThat(s.chinese()).as("Chinese title of §%s", s.number()).isNotBlank();
            assertThat(s.demos()).as("demos of §%s", s.number()).isNotEmpty();
        });
    }

    @Test
    @DisplayName("every demo of the catalogue has a public static void main in its section's package")
    default void demosHaveMain() throws Exception {
        for (Section s : chapter().sections()) {
            for (Demo d : s.demos()) {
                assertThat(d.mainClass().getName()).as("package of %s", d.mainClass()).startsWith(s.packagePrefix());
                Method main = d.mainClass().getMethod("main", String[].class);
                assertThat(Modifier.isStatic(main.getModifiers())).as("%s.main is static", d.mainClass()).isTrue();
                assertThat(main.getReturnType()).as("%s.main returns", d.mainClass()).isEqualTo(void.class);
            }
        }
    }

    @Test
    @DisplayName("without a section the launcher lists every section with its titles, and the command that runs one")
    default void listsSections() throws Throwable {
        var result = DemoRunner.run(launcher(), "");
        List<String> expected = new java.util.ArrayList<>(List.of(chapter().title()));
        chapter().sections().forEach(s -> expected.add("  %-5s %s (%s)".formatted(s.number(), s.english(), s.chinese())));
        expected.add("Run one: " + chapter().runCommand(chapter().number() + ".1"));
        assertThat(result.lines()).containsExactlyElementsOf(expected);
        assertThat(result.err()).isEmpty();
    }

    @Test
    @DisplayName("an unknown section gets a line naming the chapter's sections, a usage line and exit code 2")
    default void unknownSection() throws Exception {
        String unknown = chapter().number() + ".99";
        var result = DemoRunner.runInNewJvm(launcher(), "", unknown);
        assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isEqualTo(2);
        assertThat(result.err().lines()).containsExactly(
                "Unknown section '" + unknown + "'; " + chapter().module() + " has "
                        + chapter().sections().stream().map(Section::number).toList(),
                "usage: " + chapter().runCommand("N.M"));
        assertThat(result.out()).isEmpty();
    }
}

package course.kit.test;

import course.ch07.Chapter07;
import course.kit.Launcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher's answers, on a made-up chapter 7 in a made-up course of three chapters (ch01, ch03,
 * ch07): the real chapters' tests check their catalogues ({@link ChapterContract}); the answers
 * below are the same for every chapter, so they are tested once, here.
 */
@DisplayName("The chapter launcher")
class LauncherTest {

    @TempDir
    static Path course;

    @BeforeAll
    static void madeUpCourse() throws IOException {
        Files.writeString(course.resolve("pom.xml"), "<project/>");
        for (String module : List.of("ch01-first", "ch03-third", "ch07-fixture")) {
            Files.createDirectories(course.resolve(module));
        }
    }

    /** The launcher in a new JVM, run for chapter 7 alone (-pl) or for the whole course ("[]"), from chapter 7's folder. */
    private static DemoRunner.Result launch(boolean wholeCourse, String... args) throws Exception {
        return DemoRunner.runInNewJvm(List.of("-Dcourse.launcher.chosen=" + (wholeCourse ? "[]" : "[ch07-fixture]"),
                "-Duser.dir=" + course.resolve("ch07-fixture")), Launcher.class, "", prepend("ch07-fixture", args));
    }

    private static String[] prepend(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    @Test
    @DisplayName("runs a section's demos in catalogue order, each under a line with its fully qualified name and arguments")
    void runsASection() throws Exception {
        var result = launch(false, "7.1");
        assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isZero();
        assertThat(result.lines()).containsExactly("§7.1 Hello (你好)", "",
                "=== course.ch07.s01_fixture.Hello", "hello ", "",
                "=== course.ch07.s01_fixture.Hello again", "hello again");
    }

    @Test
    @DisplayName("a section of another chapter gets one usage line with the command that runs it there, and exit code 2")
    void sectionOfAnotherChapter() throws Exception {
        var result = launch(false, "3.9");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).containsExactly(
                "usage: ./mvnw -q -pl ch03-third compile exec:exec -Dsection=3.9   (§3.9 is in ch03-third, not ch07-fixture)");
        assertThat(result.out()).isEmpty();
    }

    @Test
    @DisplayName("more than one argument gets a usage line and exit code 2")
    void moreThanOneArgument() throws Exception {
        var result = launch(false, "7.1", "extra");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).containsExactly(
                "usage: ./mvnw -q -pl ch07-fixture compile exec:exec -Dsection=N.M   (one section at most; got: 7.1 extra)");
    }

    @Test
    @DisplayName("for the whole course, a section of another chapter is that chapter's business: nothing printed, exit code 0")
    void wholeCourseOtherChapter() throws Exception {
        var result = launch(true, "3.9");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEmpty();
    }

    @Test
    @DisplayName("for the whole course, the chapter that holds the section names the command that runs it, with exit code 2")
    void wholeCourseOwnChapter() throws Exception {
        var result = launch(true, "7.1");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).containsExactly(
                "usage: ./mvnw -q -pl ch07-fixture compile exec:exec -Dsection=7.1   (a section runs in its chapter's module)");
        assertThat(result.out()).isEmpty();
    }

    @Test
    @DisplayName("for the whole course, a section of a chapter the course does not have is refused by the chapter of its number only")
    void wholeCourseNoSuchChapter() throws Exception {
        var result = launch(true, "9.1");
        assertThat(result.exitCode()).as("chapter 7 is not the first chapter, and 9.1 is not its section").isZero();
        assertThat(result.err()).isEmpty();
        var ownNumber = launch(true, "7.9");
        assertThat(ownNumber.exitCode()).isEqualTo(2);
        assertThat(ownNumber.err().lines()).containsExactly("Unknown section '7.9'; ch07-fixture has [7.1]",
                "usage: ./mvnw -q -pl ch07-fixture compile exec:exec -Dsection=N.M");
    }

    @Test
    @DisplayName("for the whole course without a section, only the first chapter answers: the command that lists each chapter")
    void wholeCourseNoSection() throws Exception {
        var result = launch(true);
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).as("chapter 7 is not the first chapter").isEmpty();
        var first = DemoRunner.runInNewJvm(List.of("-Dcourse.launcher.chosen=[]", "-Duser.dir=" + course.resolve("ch01-first")),
                Chapter07Launcher.class, "");
        assertThat(first.exitCode()).isEqualTo(2);
        assertThat(first.out().lines()).containsExactly("Each chapter lists its sections:",
                "  ./mvnw -q -pl ch01-first compile exec:exec", "  ./mvnw -q -pl ch03-third compile exec:exec",
                "  ./mvnw -q -pl ch07-fixture compile exec:exec");
        assertThat(first.err().lines()).containsExactly(
                "usage: ./mvnw -q -pl chNN-topic compile exec:exec -Dsection=N.M   (a section runs in its chapter's module)");
    }

    /** Chapter 7's catalogue, launched as if it were the whole course's first chapter (its folder is ch01-first). */
    static final class Chapter07Launcher {
        public static void main(String[] args) throws Throwable {
            course.kit.Chapter seven = Chapter07.CHAPTER;
            course.kit.Chapter asFirst = new course.kit.Chapter(1, "ch01-first", seven.english(), seven.chinese(), seven.sections());
            Launcher.run(asFirst, true, args);
        }
    }

    @Test
    @DisplayName("a chapter's own main is the same launcher, for that chapter alone")
    void chapterMain() throws Throwable {
        var result = DemoRunner.run(Chapter07.class, "");
        assertThat(result.lines()).containsExactly("Chapter 7 — Fixture (样例)", "  7.1   Hello (你好)",
                "Run one: ./mvnw -q -pl ch07-fixture compile exec:exec -Dsection=7.1");
    }

    @Test
    @DisplayName("a command line without a chapter module gets a usage line and exit code 2")
    void noModule() throws Exception {
        var result = DemoRunner.runInNewJvm(Launcher.class, "", "--help");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("usage: ");
    }
}

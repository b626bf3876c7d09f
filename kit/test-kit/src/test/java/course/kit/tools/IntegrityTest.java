package course.kit.tools;

import course.kit.Course;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The manifest of what a student must not change ({@link Integrity}), on made-up copies and on this course's own. */
@DisplayName("The manifest of protected files and stubs")
class IntegrityTest {

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** A made-up course with one file of every kind. */
    private static Path course(Path root) throws IOException {
        write(root, "pom.xml", "<modules>\n    <module>ch01-a</module>\n    <module>solutions</module>\n</modules>\n");
        write(root, "mvnw", "#!/bin/sh\n");
        write(root, ".mvn/maven.config", "-T1C\n");
        write(root, "kit/test-kit/src/main/resources/junit-platform.properties", "junit.jupiter.execution.timeout.default=30 s\n");
        write(root, "ch01-a/pom.xml", "<project/>\n");
        write(root, "ch01-a/README.md", "# Chapter 1\n");
        write(root, "ch01-a/src/test/java/course/ch01/exercises/AlphaTest.java", "class AlphaTest { }\n");
        write(root, "ch01-a/src/test/java/course/ch01/DemosTest.java", "class DemosTest { }\n");
        write(root, "ch01-a/src/main/java/course/ch01/exercises/Alpha.java", "class Alpha { }\n");
        write(root, "ch01-a/src/main/java/course/ch01/s01_demo/Demo.java", "class Demo { }\n");
        write(root, "docs/pom.xml", "<project/>\n");
        write(root, "docs/grading.md", "# Grading\n");
        write(root, "docs/make-student-edition.sh", "#!/bin/sh\n");
        write(root, "docs/src/test/resources/page.md", "before\n<!-- instructor -->\nsecret\n<!-- end instructor -->\nafter");
        write(root, "solutions/pom.xml", "<project/>\n");
        write(root, "solutions/src/main/java/course/ch01/exercises/Alpha.java", "class Alpha { solved }\n");
        write(root, ".github/workflows/classroom.yml", "name: Autograding Tests\n");
        write(root, ".github/workflows/ci.yml", "name: CI\n");
        write(root, "ch01-a/target/classes/course/ch01/exercises/Alpha.class", "build output");
        return root;
    }

    @Test
    @DisplayName("lists the tests, poms, .mvn, wrapper, kit and Classroom workflow, and the stubs; nothing the student edition lacks")
    void whatItLists(@TempDir Path dir) throws IOException {
        Path root = course(dir);
        List<String> paths = Integrity.compute(root).stream().map(e -> e.kind() + " " + e.path()).toList();
        assertThat(paths).containsExactly(
                "PROTECTED .github/workflows/classroom.yml",
                "PROTECTED .mvn/maven.config",
                "PROTECTED ch01-a/pom.xml",
                "PROTECTED ch01-a/src/test/java/course/ch01/DemosTest.java",
                "PROTECTED ch01-a/src/test/java/course/ch01/exercises/AlphaTest.java",
                "PROTECTED docs/pom.xml",
                "PROTECTED docs/src/test/resources/page.md",
                "PROTECTED kit/test-kit/src/main/resources/junit-platform.properties",
                "PROTECTED mvnw",
                "PROTECTED pom.xml",
                "STUB ch01-a/src/main/java/course/ch01/exercises/Alpha.java");
    }

    @Test
    @DisplayName("takes each digest of the file as the student edition holds it, line ends read as \\n")
    void editionForm() {
        String pom = "<modules>\n    <module>ch01-a</module>\n    <module>solutions</module>\n</modules>\n";
        String editionPom = "<modules>\n    <module>ch01-a</module>\n</modules>\n";
        assertThat(Integrity.digest("pom.xml", bytes(pom))).isEqualTo(Integrity.digest("pom.xml", bytes(editionPom)));
        assertThat(Integrity.digest("ch01-a/pom.xml", bytes(pom))).as("only the root pom loses that line")
                .isNotEqualTo(Integrity.digest("ch01-a/pom.xml", bytes(editionPom)));
        assertThat(Integrity.digest("x/page.md", bytes("before\n<!-- instructor -->\nsecret\n<!-- end instructor -->\nafter")))
                .as("a page without its instructor part, ended by a new line as awk prints it")
                .isEqualTo(Integrity.digest("x/page.md", bytes("before\nafter\n")));
        assertThat(Integrity.digest("mvnw.cmd", bytes("@echo off\r\nset X=1\r\n")))
                .isEqualTo(Integrity.digest("mvnw.cmd", bytes("@echo off\nset X=1\n")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("names each changed, deleted or added protected file with the exercises it touches")
    void differences(@TempDir Path dir) throws IOException {
        Path root = course(dir);
        Integrity.write(root);
        List<Integrity.Entry> manifest = Integrity.read(root).orElseThrow();
        assertThat(Integrity.protectedChanges(root, manifest)).isEmpty();

        write(root, "ch01-a/src/test/java/course/ch01/exercises/AlphaTest.java", "class AlphaTest { /* passes */ }\n");
        Files.delete(root.resolve("ch01-a/src/test/java/course/ch01/DemosTest.java"));
        write(root, ".mvn/extensions.xml", "<extensions/>\n");
        write(root, "ch01-a/src/test/java/course/ch01/exercises/MineTest.java", "class MineTest { }\n");
        write(root, "ch01-a/src/main/java/course/ch01/exercises/Alpha.java", "class Alpha { solved }\n");
        write(root, "ch01-a/src/test/java/.idea/workspace.xml", "an IDE's");

        List<Integrity.Difference> changes = Integrity.protectedChanges(root, manifest);
        assertThat(changes).extracting(Integrity.Difference::text).containsExactly(
                ".mvn/extensions.xml (added)",
                "ch01-a/src/test/java/course/ch01/DemosTest.java (deleted)",
                "ch01-a/src/test/java/course/ch01/exercises/AlphaTest.java (changed)",
                "ch01-a/src/test/java/course/ch01/exercises/MineTest.java (added)");
        Integrity.Difference extensions = changes.get(0);
        Integrity.Difference demos = changes.get(1);
        Integrity.Difference alpha = changes.get(2);
        Integrity.Difference mine = changes.get(3);
        assertThat(extensions.touches("ch01-a", "course.ch01.exercises.AlphaTest")).as("a build file: every exercise").isTrue();
        assertThat(demos.touches("ch01-a", "course.ch01.exercises.AlphaTest")).as("a chapter's other test: its chapter").isTrue();
        assertThat(demos.touches("ch02-b", "course.ch02.exercises.BetaTest")).isFalse();
        assertThat(alpha.touches("ch01-a", "course.ch01.exercises.AlphaTest")).as("an exercise's test: that exercise").isTrue();
        assertThat(alpha.touches("ch01-a", "course.ch01.exercises.GammaTest")).isFalse();
        assertThat(mine.counts()).as("an added test: never read by the grader").isFalse();
    }

    @Test
    @DisplayName("tells the stubs that hold work, and the course check says so once instead of failing every test")
    void stubsHoldWork(@TempDir Path dir) throws IOException {
        Path root = course(dir);
        Integrity.write(root);
        write(root, "ch01-a/src/main/java/course/ch01/exercises/Alpha.java", "class Alpha { solved }\n");
        List<Integrity.Difference> worked = Integrity.stubChanges(root, Integrity.read(root).orElseThrow());
        assertThat(worked).extracting(Integrity.Difference::text)
                .containsExactly("ch01-a/src/main/java/course/ch01/exercises/Alpha.java (changed)");
        assertThat(CourseCheck.stubsHoldWork(worked)).startsWith(
                "these stubs hold work: ch01-a/src/main/java/course/ch01/exercises/Alpha.java (changed); the course check needs the "
                        + "untouched stubs (git stash or a fresh clone); your progress: ./mvnw -q verify -Pgrade");
    }

    @Test
    @DisplayName("this course's manifest protects the course's one junit-platform.properties and lists every stub")
    void thisCourse() throws IOException {
        Path root = Course.root();
        List<Integrity.Entry> manifest = Integrity.read(root).orElseThrow(() -> new AssertionError("no " + Integrity.MANIFEST));
        assertThat(manifest).extracting(Integrity.Entry::path)
                .contains("kit/test-kit/src/main/resources/junit-platform.properties", "pom.xml", "mvnw", ".github/workflows/classroom.yml")
                .noneMatch(p -> p.startsWith("solutions/") || p.equals("docs/grading.md") || p.equals(".github/workflows/ci.yml")
                        || p.equals("docs/make-student-edition.sh") || p.equals(Integrity.MANIFEST));
        assertThat(manifest.stream().filter(e -> e.kind() == Integrity.Kind.STUB)).isNotEmpty()
                .allMatch(e -> e.path().contains("/src/main/java/") && e.path().contains("/exercises/"));
    }
}

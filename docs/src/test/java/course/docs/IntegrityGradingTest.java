package course.docs;

import course.kit.tools.Integrity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grading inside a student's repository ({@code ./mvnw verify -Pgrade} there, as Classroom does)
 * on the made-up course with every exercise solved, after the student changed a file the course
 * needs unchanged: each case is caught, names the file, and costs exactly the exercises it touches.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
@Timeout(300)
@DisplayName("Grading a repository whose protected files were changed")
class IntegrityGradingTest {

    static final String JUNIT_SETTINGS = "kit/test-kit/src/main/resources/junit-platform.properties";

    /** The made-up course as handed out (with its manifest), its exercises then solved by the student. */
    private static Path solvedCopy(Path dir) throws IOException {
        Path copy = dir.resolve("course-student");
        MadeUpCourse.write(copy);
        GradeSample.files(copy, Map.of(
                "ch01-exceptions/pom.xml", "<project><artifactId>ch01-exceptions</artifactId></project>\n",
                "ch02-concepts/pom.xml", "<project><artifactId>ch02-concepts</artifactId></project>\n",
                ".mvn/maven.config", "-T1C\n",
                JUNIT_SETTINGS, "junit.jupiter.execution.timeout.default=30 s\n"));
        Integrity.write(copy);
        GradeSample.files(copy, MadeUpCourse.solvedFiles());
        return copy;
    }

    private static String grade(Path copy) throws Exception {
        Path out = copy.resolve("target/grade");
        Process grader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcourse.grade.student=student", "-cp", System.getProperty("java.class.path"),
                "course.kit.tools.CourseTools", "grade", copy.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(copy.resolve("grader.log").toFile()).start();
        try {
            assertThat(grader.waitFor(240, TimeUnit.SECONDS)).as("the grader finished").isTrue();
        } finally {
            grader.destroyForcibly();
        }
        String log = Files.readString(copy.resolve("grader.log"));
        assertThat(grader.exitValue()).as("grader exit code; log:%n%s", log).isZero();
        return Files.readString(out.resolve("grade.md"));
    }

    private static String feedback(Path copy) throws IOException {
        return Files.readString(copy.resolve("target/grade/feedback.md"));
    }

    private static String json(Path copy) throws IOException {
        return Files.readString(copy.resolve("target/grade/grade.json"));
    }

    @Test
    @DisplayName("nothing changed: every exercise is graded, and no file is named")
    void untouched(@TempDir Path dir) throws Exception {
        Path copy = solvedCopy(dir);
        String grade = grade(copy);
        assertThat(grade).contains("| **total** | **40 / 40** |").doesNotContain("Protected files changed", "Note:");
        assertThat(json(copy)).contains("\"protectedFilesChanged\": [],");
    }

    @Test
    @DisplayName("an edited test: its exercise scores 0, naming the test; the others are graded")
    void editedTest(@TempDir Path dir) throws Exception {
        Path copy = solvedCopy(dir);
        Path test = copy.resolve("ch01-exceptions/src/test/java/course/ch01/exercises/LineTallyTest.java");
        Files.writeString(test, Files.readString(test).replace("isEqualTo(2)", "isEqualTo(LineTally.count(\"a\\nb\"))"));
        String grade = grade(copy);
        String file = "ch01-exceptions/src/test/java/course/ch01/exercises/LineTallyTest.java";
        assertThat(grade).contains(
                "| ch01-exceptions | 1.3 | LineTally | medium | 0 / ? | 0 / 10 | protected file changed: " + file + " |",
                "| ch01-exceptions | 1.3 | AgeParser | easy | 4 / 4 | 10 / 10 | solved |",
                "| **total** | **30 / 40** |",
                "- `" + file + "` (changed): LineTally scores 0");
        assertThat(feedback(copy)).contains("## Files you must not change", "- `" + file + "` (changed): LineTally scores 0");
        assertThat(json(copy)).contains("{\"file\": \"" + file + "\", \"change\": \"changed\", \"counts\": true}");
    }

    @Test
    @DisplayName("a chapter's pom that skips the tests: the chapter's exercises score 0, naming the pom")
    void pomSkipsTests(@TempDir Path dir) throws Exception {
        Path copy = solvedCopy(dir);
        Files.writeString(copy.resolve("ch02-concepts/pom.xml"),
                "<project><artifactId>ch02-concepts</artifactId><properties><skipTests>true</skipTests></properties></project>\n");
        String grade = grade(copy);
        assertThat(grade).contains(
                "| ch02-concepts | 2.6 | ExitCodeKinds | easy | 0 / ? | 0 / 10 | protected file changed: ch02-concepts/pom.xml |",
                "| ch01-exceptions | 1.6 | Retry | hard | 2 / 2 | 10 / 10 | solved |",
                "| **total** | **30 / 40** |",
                "- `ch02-concepts/pom.xml` (changed): every exercise of ch02-concepts scores 0");
        assertThat(feedback(copy)).contains("- `ch02-concepts/pom.xml` (changed): every exercise of ch02-concepts scores 0");
    }

    @Test
    @DisplayName("a deleted test class: its exercise scores 0, naming the test; the others are graded")
    void deletedTest(@TempDir Path dir) throws Exception {
        Path copy = solvedCopy(dir);
        String file = "ch01-exceptions/src/test/java/course/ch01/exercises/RetryTest.java";
        Files.delete(copy.resolve(file));
        String grade = grade(copy);
        assertThat(grade).contains(
                // Its section and difficulty were in the test's display name: without the test (and without git
                // history to find the stub as handed out) the row has neither.
                "| ch01-exceptions |  | Retry |  | 0 / ? | 0 / 10 | protected file deleted: " + file + " |",
                "| ch01-exceptions | 1.3 | LineTally | medium | 3 / 3 | 10 / 10 | solved |",
                "| **total** | **30 / 40** |",
                "- `" + file + "` (deleted): Retry scores 0");
        assertThat(feedback(copy)).contains("- `" + file + "` (deleted): Retry scores 0");
    }

    @Test
    @DisplayName("a changed junit-platform.properties (the course's one JUnit settings file): every exercise scores 0, naming it")
    void changedJunitSettings(@TempDir Path dir) throws Exception {
        Path copy = solvedCopy(dir);
        Files.writeString(copy.resolve(JUNIT_SETTINGS), "junit.jupiter.execution.timeout.default=30 s\njunit.jupiter.conditions.deactivate=*\n");
        String grade = grade(copy);
        assertThat(grade).contains(
                "| ch01-exceptions | 1.3 | AgeParser | easy | 0 / ? | 0 / 10 | protected file changed: " + JUNIT_SETTINGS + " |",
                "| ch02-concepts | 2.6 | ExitCodeKinds | easy | 0 / ? | 0 / 10 | protected file changed: " + JUNIT_SETTINGS + " |",
                "| **total** | **0 / 40** |",
                "- `" + JUNIT_SETTINGS + "` (changed): every exercise scores 0");
        assertThat(feedback(copy)).contains("- `" + JUNIT_SETTINGS + "` (changed): every exercise scores 0");
    }

    @Test
    @DisplayName("a test the student added is listed but costs nothing, and is never compiled in place of the course's")
    void addedTest(@TempDir Path dir) throws Exception {
        Path copy = solvedCopy(dir);
        String file = "ch01-exceptions/src/test/java/course/ch01/exercises/MyOwnTest.java";
        GradeSample.files(copy, Map.of(file, "this is not even Java\n"));
        String grade = grade(copy);
        assertThat(grade).contains("| **total** | **40 / 40** |", "- `" + file + "` (added): not used by the grader");
    }
}

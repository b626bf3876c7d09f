package course.docs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grader ({@code course.kit.tools.CourseTools grade}) on a made-up student copy whose
 * exercises misbehave: one calls {@code System.exit}, one hangs, one leaves a thread running (which
 * the leak check fails), one fails a test; and a second chapter does not compile (a file outside
 * its exercises is broken). The grader must finish, report each case for what it is, and grade the
 * rest.
 *
 * <p>Deterministic on a loaded machine: the grader's time limit counts from the moment a class
 * starts, not from its JVM's start, so only the class that really hangs reaches it; the others
 * have all of it to themselves. The leak check's grace (10 s by default) is 2 s in the grader's test
 * JVMs here (-Dcourse.testJvmFlags), so that the leaking class is found out quickly.
 */
@Timeout(300)
@DisplayName("The grader on a student copy that misbehaves")
class GraderRobustnessTest {

    @Test
    @DisplayName("System.exit, a hang, a leaked thread, a failing test and a chapter that does not compile are each reported truthfully")
    void gradesMisbehavingCopy(@TempDir Path copy) throws Exception {
        Path ch09 = copy.resolve("ch09-misbehaving");
        exercise(ch09, "Exits", "@Test void exits() { System.exit(3); }");
        exercise(ch09, "Hangs", "@Test void hangs() throws Exception { new java.util.concurrent.CountDownLatch(1).await(); }");
        exercise(ch09, "Leaks", """
                @Test void leaks() {
                    new Thread(() -> {
                        try { new java.util.concurrent.CountDownLatch(1).await(); }
                        catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                    }, "never-stops").start();
                }
                @Test void passes() { }""");
        exercise(ch09, "Half", """
                @Test void passes() { }
                @Test void fails() { org.junit.jupiter.api.Assertions.fail("not yet"); }""");
        // Chapter 8: its exercise is fine, but a demo of the chapter does not compile.
        exercise(copy.resolve("ch08-broken"), "Fine", "@Test void fine() { }");
        write(copy.resolve("ch08-broken/src/main/java/course/ch08/s01_demo/Demo.java"),
                "package course.ch08.s01_demo;\npublic class Demo { int broken = ; }\n");

        Path out = copy.resolve("target/grade");
        Process grader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcourse.grade.classTimeLimit=10", "-Dcourse.grade.student=someone",
                "-Dcourse.testJvmFlags=-Dcourse.leakCheck.graceSeconds=2", "-cp", System.getProperty("java.class.path"),
                "course.kit.tools.CourseTools", "grade", copy.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(copy.resolve("grader.log").toFile()).start();
        try {
            assertThat(grader.waitFor(280, TimeUnit.SECONDS)).as("the grader finished").isTrue();
        } finally {
            grader.destroyForcibly();
        }
        String log = Files.readString(copy.resolve("grader.log"));
        assertThat(grader.exitValue()).as("grader exit code; log:%n%s", log).isZero();

        String table = Files.readString(out.resolve("grade.md"));
        assertThat(table).as("grade.md; the grader's log:%n%s", log).contains(
                "| ch08-broken |  | Fine |  | 0 / ? | 0 / 10 | chapter does not compile: Demo.java:2: illegal start of expression |",
                "| ch09-misbehaving |  | Exits |  | 0 / ? | 0 / 10 | crashed: the test JVM ended with exit code 3 before reporting (System.exit?) |",
                "| ch09-misbehaving |  | Hangs |  | 0 / ? | 0 / 10 | timed out: still running after 10 s |",
                // The leak check, on in every test run of the course, fails a class that leaves a
                // thread running: its tests count as failed, as they do in the student's own run.
                "| ch09-misbehaving |  | Leaks |  | 0 / 2 | 0 / 10 | 2 failing |",
                "| ch09-misbehaving |  | Half |  | 1 / 2 | 5 / 10 | 1 failing |",
                "| **total** | **5 / 50** |",
                "Note: no manifest (kit/manifest.sha256): the tests and build files were not checked for changes");
        assertThat(table).contains("- ch08-broken does not compile, so each of its exercises scores 0: Demo.java:2: illegal start of expression");
        assertThat(Files.readString(out.resolve("grade.json"))).contains("\"points\": 5,", "\"maxPoints\": 50",
                "{\"file\": \"ch08-broken/src/main/java/course/ch08/s01_demo/Demo.java\", \"line\": 2, \"message\": \"illegal start of expression\"}");
        assertThat(Files.readString(out.resolve("feedback.md"))).contains(
                "### Half: 5 / 10", "• fails()   (HalfTest.java:", "not yet",
                "ch08-broken does not compile, so each of its exercises scores 0:", "Demo.java:2: illegal start of expression");
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive))
                .as("test JVMs left by the grader").isEmpty();
    }

    /** An exercise: its stub (an empty class) and its test class with {@code body}. */
    static void exercise(Path chapter, String name, String body) throws IOException {
        String pkg = "course." + chapter.getFileName().toString().substring(0, 4) + ".exercises";
        String dir = pkg.replace('.', '/');
        write(chapter.resolve("src/main/java/" + dir + "/" + name + ".java"), "package " + pkg + ";\npublic class " + name + " { }\n");
        write(chapter.resolve("src/test/java/" + dir + "/" + name + "Test.java"), """
                package %s;

                import org.junit.jupiter.api.Test;

                class %sTest {
                %s
                }
                """.formatted(pkg, name, body));
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}

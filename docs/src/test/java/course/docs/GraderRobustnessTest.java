package course.docs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grader ({@code course.kit.tools.CourseTools grade}) on a made-up student copy whose
 * exercises misbehave: one calls {@code System.exit}, one hangs, one leaves a thread running (which the
 * leak check fails),
 * one fails a test, and a second chapter does not compile. The grader must finish, report each
 * case for what it is, and grade the rest.
 */
@Timeout(180)
@DisplayName("The grader on a student copy that misbehaves")
class GraderRobustnessTest {

    @Test
    @DisplayName("System.exit, a hang, a leaked thread, a failing test and a compile error are each reported truthfully")
    void gradesMisbehavingCopy(@TempDir Path copy) throws Exception {
        Path ch09 = copy.resolve("ch09-misbehaving");
        exercise(ch09, "ExitsTest", "@Test void exits() { System.exit(3); }");
        exercise(ch09, "HangsTest", "@Test void hangs() throws Exception { new java.util.concurrent.CountDownLatch(1).await(); }");
        exercise(ch09, "LeaksTest", """
                @Test void leaks() {
                    new Thread(() -> {
                        try { new java.util.concurrent.CountDownLatch(1).await(); }
                        catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                    }, "never-stops").start();
                }
                @Test void passes() { }""");
        exercise(ch09, "HalfTest", """
                @Test void passes() { }
                @Test void fails() { org.junit.jupiter.api.Assertions.fail("not yet"); }""");
        compile(ch09.resolve("src/test/java"), ch09.resolve("target/test-classes"));
        Path stub = Files.createDirectories(ch09.resolve("src/main/java/course/ch09/exercises")).resolve("Stub.java");
        Files.writeString(stub, "package course.ch09.exercises;\npublic class Stub { }\n");
        compile(ch09.resolve("src/main/java"), ch09.resolve("target/classes"));
        // A chapter with exercise tests but no class files: its code did not compile.
        exercise(copy.resolve("ch08-broken"), "BrokenTest", "@Test void never() { }");

        Path out = copy.resolve("target/grade");
        // 25 s per test class: the hang costs that much, and the leaking class, which the leak
        // check holds for its 10 s of grace, stays well inside it even on a machine with several
        // builds at once (15 s was not).
        Process grader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcourse.grade.classTimeLimit=25", "-cp", System.getProperty("java.class.path"),
                "course.kit.tools.CourseTools", "grade", copy.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(copy.resolve("grader.log").toFile()).start();
        try {
            assertThat(grader.waitFor(150, TimeUnit.SECONDS)).as("the grader finished").isTrue();
        } finally {
            grader.destroyForcibly();
        }
        assertThat(grader.exitValue()).as("grader exit code; log:%n%s", Files.readString(copy.resolve("grader.log"))).isZero();

        String table = Files.readString(out.resolve("grade.md"));
        assertThat(table).contains(
                "| ch08-broken | Broken | 0 / ? | 0 / 10 | does not compile |",
                "| ch09-misbehaving | Exits | 0 / ? | 0 / 10 | crashed: the test JVM ended with exit code 3",
                "| ch09-misbehaving | Hangs | 0 / ? | 0 / 10 | timed out: still running after 25 s |",
                // The leak check, on in every test run of the course, fails a class that leaves a
                // thread running: its tests count as failed, as they do in the student's own run.
                "| ch09-misbehaving | Leaks | 0 / 2 | 0 / 10 | 2 failing |",
                "| ch09-misbehaving | Half | 1 / 2 | 5 / 10 | 1 failing |",
                "| **total** | **5 / 50** |");
        assertThat(Files.readString(out.resolve("grade.json"))).contains("\"points\": 5,", "\"maxPoints\": 50");
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive))
                .as("test JVMs left by the grader").isEmpty();
    }

    private static void exercise(Path chapter, String testClass, String body) throws IOException {
        Path dir = Files.createDirectories(chapter.resolve("src/test/java/course/" + chapter.getFileName().toString().substring(0, 4)
                + "/exercises"));
        Files.writeString(dir.resolve(testClass + ".java"), """
                package course.%s.exercises;

                import org.junit.jupiter.api.Test;

                class %s {
                %s
                }
                """.formatted(chapter.getFileName().toString().substring(0, 4), testClass, body));
    }

    private static void compile(Path sources, Path classes) throws IOException {
        List<String> args = new ArrayList<>(List.of("-d", Files.createDirectories(classes).toString(),
                "-cp", System.getProperty("java.class.path")));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        }
        int result = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
        assertThat(result).as("javac exit code for %s", sources).isZero();
    }
}

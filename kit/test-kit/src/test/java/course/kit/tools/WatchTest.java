package course.kit.tools;

import course.kit.ChildJvm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Watch mode on a made-up chapter 8 of one exercise, in a JVM of its own as a student starts it:
 * saving a solution turns the exercise green, and Ctrl-C (SIGINT) ends the watch with nothing left.
 */
@DisplayName("Watch mode")
@EnabledOnOs({OS.LINUX, OS.MAC})   // SIGINT is sent with kill(1)
class WatchTest {

    private static final String MODULE = "ch08-watch";
    private static final String STUB = """
            package course.ch08.exercises;

            /** Exercise 8.1 · Answer (easy) — give the answer. */
            public final class Answer {
                public static int get() {
                    throw new UnsupportedOperationException("TODO: exercise Answer (§8.1) — implement get");
                }
            }
            """;
    private static final String TEST = """
            package course.ch08.exercises;

            import org.junit.jupiter.api.DisplayName;
            import org.junit.jupiter.api.Test;

            import static org.assertj.core.api.Assertions.assertThat;

            @DisplayName("Exercise 8.1 · Answer (easy)")
            class AnswerTest {
                @Test
                @DisplayName("the answer is forty-two")
                void answer() {
                    assertThat(Answer.get()).isEqualTo(42);
                }
            }
            """;

    @TempDir
    Path root;

    private Process watch;

    @AfterEach
    void stop() throws InterruptedException {
        if (watch != null && watch.isAlive()) {
            watch.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    @Timeout(120)
    @DisplayName("a saved solution turns the exercise green; a file that does not compile gets javac's message; Ctrl-C leaves nothing running")
    void savingASolution() throws Exception {
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path module = root.resolve(MODULE);
        Path stub = write(module.resolve("src/main/java/course/ch08/exercises/Answer.java"), STUB);
        Path test = write(module.resolve("src/test/java/course/ch08/exercises/AnswerTest.java"), TEST);
        compile(stub, module.resolve("target/classes"), "");
        compile(test, module.resolve("target/test-classes"), module.resolve("target/classes").toString());

        Path output = root.resolve("watch.out");
        List<String> command = new ArrayList<>(ChildJvm.command(Watch.class.getName(), List.of(root.toString(), MODULE)));
        watch = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        await().atMost(Duration.ofSeconds(60)).until(() -> read(output).contains("Chapter 8: 0 of 1 exercises done"));
        assertThat(read(output)).contains("✗ Answer (§8.1, easy): 0 of 1 tests pass — TODO: implement get: the answer is forty-two");

        Files.writeString(stub, STUB.replace("throw new UnsupportedOperationException(\"TODO: exercise Answer (§8.1) — implement get\");",
                "return 41 +;"));
        await().atMost(Duration.ofSeconds(30)).until(() -> read(output).contains("Answer.java does not compile:"));
        assertThat(read(output)).containsPattern("Answer\\.java:6: illegal start of expression");

        Files.writeString(stub, STUB.replace("throw new UnsupportedOperationException(\"TODO: exercise Answer (§8.1) — implement get\");",
                "return 42;"));
        await().atMost(Duration.ofSeconds(30)).until(() -> read(output).contains("Chapter 8: 1 of 1 exercises done"));
        assertThat(read(output)).contains("✓ Answer: all 1 tests pass", "Every exercise is done.");

        List<ProcessHandle> children = watch.descendants().toList();
        new ProcessBuilder("kill", "-INT", String.valueOf(watch.pid())).start().waitFor(10, TimeUnit.SECONDS);
        assertThat(watch.waitFor(31, TimeUnit.SECONDS)).as("the watch ended on Ctrl-C").isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> children.stream().noneMatch(ProcessHandle::isAlive));
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static void compile(Path source, Path classes, String extraClassPath) throws IOException {
        Files.createDirectories(classes);
        String classPath = System.getProperty("java.class.path") + (extraClassPath.isEmpty() ? "" : java.io.File.pathSeparator + extraClassPath);
        int result = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-d", classes.toString(), "-cp", classPath, source.toString());
        assertThat(result).as("javac %s", source.getFileName()).isZero();
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}

package course.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A small made-up course for the grade samples (and the grader's tests): two chapters, four
 * exercises with stubs, tests and solutions, and one demo, in the course's layout. Students'
 * copies of it are git repositories with one commit at a fixed time.
 */
final class MadeUpCourse {

    static final String CH01 = "ch01-exceptions/src/";
    static final String CH02 = "ch02-concepts/src/";
    static final String COMMIT_TIME = "2026-12-19T12:00:00Z";

    private MadeUpCourse() {
    }

    private static String stub(String pkg, String name, String header, String body) {
        return """
                package %s;

                /**
                 * %s
                 */
                public final class %s {

                    private %s() {
                    }

                %s
                }
                """.formatted(pkg, header, name, name, body.indent(4).stripTrailing());
    }

    private static String todo(String exercise, String section, String method) {
        return "throw new UnsupportedOperationException(\"TODO: exercise %s (§%s) — implement %s; see its Javadoc\");"
                .formatted(exercise, section, method);
    }

    private static String test(String pkg, String name, String displayName, String body) {
        return """
                package %s;

                import org.junit.jupiter.api.DisplayName;
                import org.junit.jupiter.api.Test;

                import static org.assertj.core.api.Assertions.assertThat;
                import static org.assertj.core.api.Assertions.assertThatThrownBy;

                @DisplayName("%s")
                class %s {

                %s
                }
                """.formatted(pkg, displayName, name, body.indent(4).stripTrailing());
    }

    /** The course: stubs, tests and a demo of each chapter. */
    static Map<String, String> courseFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        String p1 = "course.ch01.exercises";
        files.put(CH01 + "main/java/course/ch01/exercises/AgeParser.java", stub(p1, "AgeParser",
                "Exercise 1.3 · AgeParser (easy) — read an age between 0 and 150.",
                "public static int parse(String text) {\n    " + todo("AgeParser", "1.3", "parse") + "\n}"));
        files.put(CH01 + "main/java/course/ch01/exercises/LineTally.java", stub(p1, "LineTally",
                "Exercise 1.3 · LineTally (medium) — count the lines of a text.",
                "public static int count(String text) {\n    " + todo("LineTally", "1.3", "count") + "\n}"));
        files.put(CH01 + "main/java/course/ch01/exercises/Retry.java", stub(p1, "Retry",
                "Exercise 1.6 · Retry (hard) — try an action again until it works.",
                "public static <T> T retry(int times, java.util.function.Supplier<T> action) {\n    "
                        + todo("Retry", "1.6", "retry") + "\n}"));
        files.put(CH01 + "test/java/course/ch01/exercises/AgeParserTest.java", test(p1, "AgeParserTest",
                "Exercise 1.3 · AgeParser (easy)", """
                        @Test
                        @DisplayName("a plain number inside the range is returned as it is")
                        void plain() {
                            assertThat(AgeParser.parse("42")).isEqualTo(42);
                        }

                        @Test
                        @DisplayName("white space around the number is ignored")
                        void spaces() {
                            assertThat(AgeParser.parse(" 7 ")).isEqualTo(7);
                        }

                        @Test
                        @DisplayName("both ends of the range are valid ages")
                        void ends() {
                            assertThat(AgeParser.parse("0")).isZero();
                            assertThat(AgeParser.parse("150")).isEqualTo(150);
                        }

                        @Test
                        @DisplayName("an age outside 0..150 is rejected")
                        void outside() {
                            assertThatThrownBy(() -> AgeParser.parse("151")).isInstanceOf(IllegalArgumentException.class);
                        }"""));
        files.put(CH01 + "test/java/course/ch01/exercises/LineTallyTest.java", test(p1, "LineTallyTest",
                "Exercise 1.3 · LineTally (medium)", """
                        @Test
                        @DisplayName("an empty text has no lines")
                        void empty() {
                            assertThat(LineTally.count("")).isZero();
                        }

                        @Test
                        @DisplayName("each line ending ends one line")
                        void endings() {
                            assertThat(LineTally.count("a\\nb\\n")).isEqualTo(2);
                        }

                        @Test
                        @DisplayName("a last line without its line ending counts too")
                        void lastLine() {
                            assertThat(LineTally.count("a\\nb")).as("lines in \\"a\\\\nb\\"").isEqualTo(2);
                        }"""));
        files.put(CH01 + "test/java/course/ch01/exercises/RetryTest.java", test(p1, "RetryTest",
                "Exercise 1.6 · Retry (hard)", """
                        @Test
                        @DisplayName("an action that works at once runs once")
                        void once() {
                            int[] runs = {0};
                            assertThat(Retry.retry(3, () -> ++runs[0])).isEqualTo(1);
                        }

                        @Test
                        @DisplayName("an action that always fails is tried the given number of times, and its last failure thrown")
                        void gives_up() {
                            int[] runs = {0};
                            assertThatThrownBy(() -> Retry.retry(3, () -> {
                                throw new IllegalStateException("failure " + ++runs[0]);
                            })).hasMessage("failure 3");
                        }"""));
        String p2 = "course.ch02.exercises";
        files.put(CH02 + "main/java/course/ch02/exercises/ExitCodeKinds.java", stub(p2, "ExitCodeKinds",
                "Exercise 2.6 · ExitCodeKinds (easy) — tell a success from a failure by the exit code.",
                "public static String kind(int code) {\n    " + todo("ExitCodeKinds", "2.6", "kind") + "\n}"));
        files.put(CH02 + "main/java/course/ch02/s06_exit/ExitDemo.java", """
                package course.ch02.s06_exit;

                /** §2.6 A demo of the chapter: exits with the code it is given. */
                public final class ExitDemo {

                    private ExitDemo() {
                    }

                    public static void main(String[] args) {
                        System.exit(args.length == 0 ? 0 : Integer.parseInt(args[0]));
                    }
                }
                """);
        files.put(CH02 + "test/java/course/ch02/exercises/ExitCodeKindsTest.java", test(p2, "ExitCodeKindsTest",
                "Exercise 2.6 · ExitCodeKinds (easy)", """
                        @Test
                        @DisplayName("0 is a success")
                        void success() {
                            assertThat(ExitCodeKinds.kind(0)).isEqualTo("success");
                        }

                        @Test
                        @DisplayName("any other code is a failure")
                        void failure() {
                            assertThat(ExitCodeKinds.kind(3)).isEqualTo("failure");
                        }"""));
        return files;
    }

    /** Every exercise solved: the student's chapters' {@code src/main} files. */
    static Map<String, String> solvedFiles() {
        Map<String, String> files = mainFiles();
        String p1 = "course.ch01.exercises";
        files.put(CH01 + "main/java/course/ch01/exercises/AgeParser.java", stub(p1, "AgeParser", "Solved.", """
                public static int parse(String text) {
                    int age = Integer.parseInt(text.strip());
                    if (age < 0 || age > 150) {
                        throw new IllegalArgumentException("not an age: " + age);
                    }
                    return age;
                }"""));
        files.put(CH01 + "main/java/course/ch01/exercises/LineTally.java", stub(p1, "LineTally", "Solved.", """
                public static int count(String text) {
                    return (int) text.lines().count();
                }"""));
        files.put(CH01 + "main/java/course/ch01/exercises/Retry.java", stub(p1, "Retry", "Solved.", """
                public static <T> T retry(int times, java.util.function.Supplier<T> action) {
                    for (int i = 1; ; i++) {
                        try {
                            return action.get();
                        } catch (RuntimeException e) {
                            if (i >= times) {
                                throw e;
                            }
                        }
                    }
                }"""));
        files.put(CH02 + "main/java/course/ch02/exercises/ExitCodeKinds.java", stub("course.ch02.exercises", "ExitCodeKinds",
                "Solved.", """
                        public static String kind(int code) {
                            return code == 0 ? "success" : "failure";
                        }"""));
        return files;
    }

    /**
     * Bob's work: AgeParser solved, LineTally missing a last line without its line end, a
     * semicolon missing in Retry, and the chapter 2 demo broken (so chapter 2 does not compile).
     */
    static Map<String, String> bobsFiles() {
        Map<String, String> files = solvedFiles();
        String p1 = "course.ch01.exercises";
        files.put(CH01 + "main/java/course/ch01/exercises/LineTally.java", stub(p1, "LineTally", "Counts line ends.", """
                public static int count(String text) {
                    return (int) text.chars().filter(c -> c == '\\n').count();
                }"""));
        files.put(CH01 + "main/java/course/ch01/exercises/Retry.java", stub(p1, "Retry", "Almost.", """
                public static <T> T retry(int times, java.util.function.Supplier<T> action) {
                    RuntimeException last = null
                    for (int i = 0; i < times; i++) {
                        try {
                            return action.get();
                        } catch (RuntimeException e) {
                            last = e;
                        }
                    }
                    throw last;
                }"""));
        files.put(CH02 + "main/java/course/ch02/s06_exit/ExitDemo.java", """
                package course.ch02.s06_exit;

                public final class ExitDemo {

                    public static void main(String[] args) {
                        System.exit(code);
                    }
                }
                """);
        return files;
    }

    /** The course's own src/main files (the stubs and the demo). */
    static Map<String, String> mainFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        courseFiles().forEach((path, text) -> {
            if (path.contains("/src/main/")) {
                files.put(path, text);
            }
        });
        return files;
    }

    /** Writes the made-up course to {@code root}. */
    static void write(Path root) throws IOException {
        GradeSample.files(root, courseFiles());
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
    }

    /** A student's clone: the files in one commit, made at {@link #COMMIT_TIME} by the student. */
    static void student(Path clone, Map<String, String> files) throws IOException {
        GradeSample.files(clone, files);
        git(clone, "init", "-q");
        git(clone, "add", "-A");
        git(clone, "commit", "-q", "-m", "My work");
    }

    /** Runs git in a folder with a fixed author and time, so that commit ids do not change between runs. */
    static String git(Path dir, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "init.defaultBranch=main",
                "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        String name = dir.getFileName().toString();
        builder.environment().putAll(Map.of("GIT_AUTHOR_NAME", name, "GIT_AUTHOR_EMAIL", name + "@example.com",
                "GIT_COMMITTER_NAME", name, "GIT_COMMITTER_EMAIL", name + "@example.com",
                "GIT_AUTHOR_DATE", COMMIT_TIME, "GIT_COMMITTER_DATE", COMMIT_TIME,
                "GIT_CONFIG_GLOBAL", "/dev/null", "GIT_CONFIG_NOSYSTEM", "1"));
        try {
            Process git = builder.start();
            git.getOutputStream().close();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!git.waitFor(60, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                throw new IllegalStateException("git " + String.join(" ", args) + " did not finish in 60 s");
            }
            if (git.exitValue() != 0) {
                throw new IllegalStateException("git " + String.join(" ", args) + " failed in " + dir + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

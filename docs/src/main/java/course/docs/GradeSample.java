package course.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The grader's real output for a made-up student copy, so that the grading guide shows the
 * report files exactly as the grader ({@code course.kit.tools.CourseTools report}) writes them today.
 *
 * <p>The made-up copy has two chapters. In {@code ch01-exceptions}, {@code AgeParser} is solved
 * (4 of 4 tests pass), {@code LineTally} has one failing test of 3, and {@code Retry}'s tests
 * compiled but produced no report; {@code ch02-concepts} does not compile.
 */
final class GradeSample {

    record Output(String markdown, String json) {
    }

    private GradeSample() {
    }

    /** Runs the grader on the made-up copy. */
    static Output run(Repo repo) {
        Path copy = null;
        try {
            copy = Files.createTempDirectory("grade-sample");
            makeCopy(copy);
            Path out = copy.resolve("target/grade");
            Path log = copy.resolve("grader.log");
            Process grader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "course.kit.tools.CourseTools",
                    "report", copy.toString(), out.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!grader.waitFor(120, TimeUnit.SECONDS)) {
                grader.destroyForcibly().waitFor();
                throw new IllegalStateException("the grader did not finish within 120 s");
            }
            if (grader.exitValue() != 0) {
                throw new IllegalStateException("the grader failed with exit code " + grader.exitValue() + ":\n"
                        + Files.readString(log));
            }
            return new Output(Files.readString(out.resolve("grade.md")), Files.readString(out.resolve("grade.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the grader", e);
        } finally {
            if (copy != null) {
                delete(copy);
            }
        }
    }

    private static void makeCopy(Path copy) throws IOException {
        Path ch01 = copy.resolve("ch01-exceptions");
        file(ch01.resolve("target/classes/course/ch01/Chapter01.class"), "");
        exercise(ch01, "course.ch01.exercises.AgeParserTest", true, List.of(
                testCase("a plain number inside the range is returned as it is", null),
                testCase("white space around the number is ignored", null),
                testCase("both ends of the range are valid ages", null),
                testCase("missing or blank input is rejected as empty", null)));
        exercise(ch01, "course.ch01.exercises.LineTallyTest", true, List.of(
                testCase("counts the lines of every readable file", null),
                testCase("reports a missing file and goes on with the rest", null),
                testCase("an unreadable file is reported as unreadable",
                        "expected: \"unreadable\" but was: \"missing\"")));
        exercise(ch01, "course.ch01.exercises.RetryTest", false, List.of());
        exercise(copy.resolve("ch02-concepts"), "course.ch02.exercises.ExitCodeKindsTest", false, List.of());
    }

    private static void exercise(Path chapter, String testClass, boolean ran, List<String> cases) throws IOException {
        String path = testClass.replace('.', '/');
        file(chapter.resolve("src/test/java/" + path + ".java"), "");
        if (Files.isDirectory(chapter.resolve("target/classes"))) {
            file(chapter.resolve("target/test-classes/" + path + ".class"), "");
        }
        if (ran) {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"")
                    .append(testClass).append("\">\n");
            cases.forEach(c -> xml.append(c.replace("CLASS", testClass)));
            Path reports = chapter.resolve("target/grade-reports/" + testClass);
            file(reports.resolve("TEST-junit-jupiter.xml"), xml.append("</testsuite>\n").toString());
            file(reports.resolve("status.txt"), "finished\n");
        }
    }

    private static String testCase(String name, String failure) {
        String open = "  <testcase name=\"" + name + "\" classname=\"CLASS\"";
        return failure == null ? open + "/>\n"
                : open + "><failure message=\"" + failure.replace("\"", "&quot;") + "\" type=\"AssertionError\"/></testcase>\n";
    }

    private static void file(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}

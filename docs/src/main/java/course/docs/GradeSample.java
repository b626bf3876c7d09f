package course.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The grader's real output for a made-up class, so that the grading guide shows the files exactly
 * as the grader ({@code course.kit.tools.CourseTools grade --roster=…}) writes them today.
 *
 * <p>The made-up course has two chapters: {@code ch01-exceptions} with {@code AgeParser},
 * {@code LineTally} and {@code Retry}, {@code ch02-concepts} with {@code ExitCodeKinds}. Its roster
 * has three students: {@code alice} solved everything; {@code bob} solved {@code AgeParser}, has
 * one of three {@code LineTally} tests failing, a compile error in {@code Retry}, and a chapter 2
 * that does not compile (a demo he broke); {@code carol}'s folder is empty. Their commits and the
 * time of grading are fixed, so that the output is the same every time.
 */
final class GradeSample {

    /** The time the sample is graded at, and its deadline. */
    static final String GRADED_AT = "2026-12-21T08:00:00Z";
    static final String DEADLINE = "2026-12-20T23:59:00Z";

    /** The files the guide shows: bob's three, and the class's CSV. */
    record Output(String markdown, String json, String feedback, String classCsv) {
    }

    private GradeSample() {
    }

    /** Grades the made-up roster. */
    static Output run(Repo repo) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("grade-sample");
            Path course = dir.resolve("course");
            Path roster = dir.resolve("roster");
            MadeUpCourse.write(course);
            MadeUpCourse.student(roster.resolve("alice"), MadeUpCourse.solvedFiles());
            MadeUpCourse.student(roster.resolve("bob"), MadeUpCourse.bobsFiles());
            Files.createDirectories(roster.resolve("carol"));
            Path out = dir.resolve("out");
            Path log = dir.resolve("grader.log");
            Process grader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dcourse.grade.time=" + GRADED_AT, "-Dcourse.grade.classTimeLimit=120",
                    "-cp", System.getProperty("java.class.path"), "course.kit.tools.CourseTools",
                    "grade", course.toString(), out.toString(), "--roster=" + roster, "--deadline=" + DEADLINE)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!grader.waitFor(600, TimeUnit.SECONDS)) {
                grader.destroyForcibly().waitFor();
                throw new IllegalStateException("the grader did not finish within 600 s");
            }
            if (grader.exitValue() != 0) {
                throw new IllegalStateException("the grader failed with exit code " + grader.exitValue() + ":\n"
                        + Files.readString(log));
            }
            Path bob = out.resolve("roster/bob");
            return new Output(Files.readString(bob.resolve("grade.md")), Files.readString(bob.resolve("grade.json")),
                    Files.readString(bob.resolve("feedback.md")), Files.readString(out.resolve("class.csv")).replace("\r\n", "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the grader", e);
        } finally {
            if (dir != null) {
                delete(dir);
            }
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }

    /** Writes files (path relative to {@code root} → text). */
    static void files(Path root, Map<String, String> files) throws IOException {
        for (var f : files.entrySet()) {
            Path file = root.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
    }
}

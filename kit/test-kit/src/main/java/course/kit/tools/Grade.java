package course.kit.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The grader (run by {@code ./mvnw verify -Pgrade}, after every chapter compiled the student's
 * code with errors tolerated).
 *
 * <pre>
 * CourseTools grade COURSE_ROOT OUTPUT_DIR    run the exercise tests, then report
 * CourseTools report COURSE_ROOT OUTPUT_DIR            report from the results already there
 * </pre>
 *
 * <p>{@code grade} runs every exercise test class of every chapter in a JVM of its own (JUnit's
 * console launcher; LIBS is the class path holding JUnit, AssertJ and Awaitility), as many at a
 * time as there are processors ({@code -Dcourse.grade.classesAtOnce=N} sets it), each with a time limit, and keeps its XML report and a status line in {@code chNN/target/grade-reports/CLASS/}.
 * So an exercise that calls {@code System.exit}, hangs, or leaves threads running spoils only its
 * own row: the JVM's exit is recorded as a crash, a hang as a time-out, and the others are graded
 * as usual.
 *
 * <p>Each exercise is worth {@value #POINTS_PER_EXERCISE} points, shared equally among its tests;
 * only a test that ran and passed earns its share (failed, errored, skipped or missing tests earn
 * nothing). A chapter whose classes did not compile scores 0 and says so. Writes {@code grade.md}
 * and {@code grade.json} to OUTPUT_DIR and prints the table. Always exits 0 once the table is
 * written: grading a broken copy is not a build failure.
 */
public final class Grade {

    static final int POINTS_PER_EXERCISE = 10;
    static final long CLASS_TIME_LIMIT_SECONDS = Long.getLong("course.grade.classTimeLimit", 180);
    /** Test classes graded at once; 1 grades them one after the other (unset or empty: one per processor). */
    static final int CLASSES_AT_ONCE = Math.max(1, Integer.getInteger("course.grade.classesAtOnce",
            Runtime.getRuntime().availableProcessors()));
    static final String REPORTS = "target/grade-reports";

    record Row(String chapter, String exercise, int passed, int total, String status, double points) {
    }

    private Grade() {
    }

    public static void main(String[] args, boolean runTests) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CourseTools grade|report COURSE_ROOT OUTPUT_DIR");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]);
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path chapter : dirs.filter(p -> p.getFileName().toString().matches("ch\\d\\d-.*")).sorted().toList()) {
                if (runTests) {
                    runExerciseTests(root, chapter);
                }
                rows.addAll(gradeChapter(root, chapter));
            }
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("grade.md"), markdown(rows));
        Files.writeString(out.resolve("grade.json"), json(rows));
        System.out.println();
        System.out.print(markdown(rows));
        System.out.println();
        System.out.println("Written: " + out.resolve("grade.md") + " and " + out.resolve("grade.json"));
    }

    /** Runs each exercise test class of a compiled chapter in a fresh JVM, with a time limit. */
    static void runExerciseTests(Path root, Path chapter) throws IOException {
        List<String> testClasses = Reports.exerciseTestClasses(root, chapter);
        if (testClasses.isEmpty() || !compiled(chapter, testClasses)) {
            return;
        }
        // The libraries come from this JVM's class path; the code under test from the chapter.
        List<String> classPath = new ArrayList<>(List.of(
                chapter.resolve("target/test-classes").toString(), chapter.resolve("target/classes").toString()));
        classPath.addAll(TestJvm.libraries(root));
        // The classes run side by side, CLASSES_AT_ONCE at a time: each has a JVM, a report folder
        // and a time limit of its own, so a hang holds up only its own slot.
        List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(CLASSES_AT_ONCE)) {
            for (String testClass : testClasses) {
                runs.add(pool.submit(() -> {
                    runExerciseTest(chapter, classPath, testClass);
                    return null;
                }));
            }
        }
        for (var run : runs) {  // all done: close() waited for them
            if (run.state() == java.util.concurrent.Future.State.FAILED) {
                throw new IOException("could not run the tests of " + chapter.getFileName(), run.exceptionNow());
            }
        }
    }

    /** One exercise test class in a fresh JVM; its report and status go to its own folder. */
    private static void runExerciseTest(Path chapter, List<String> classPath, String testClass) throws IOException {
        Path dir = chapter.resolve(REPORTS).resolve(testClass);
        Files.createDirectories(dir);
        System.out.println("grading " + testClass + " ...");
        Process tests = TestJvm.start(chapter, classPath, List.of("-Dcourse.timeScale=" + TestJvm.TIME_SCALE),
                List.of("--select-class=" + testClass), dir);
        String status;
        try {
            if (TestJvm.endsWithin(tests, CLASS_TIME_LIMIT_SECONDS)) {
                int code = tests.exitValue();
                // The console launcher exits 0 (all passed) or 1 (some failed) after writing its report.
                status = code <= 1 && hasReport(dir) ? "finished"
                        : "crashed: the test JVM ended with exit code " + code + " before reporting (System.exit?)";
            } else {
                status = "timed out: still running after " + CLASS_TIME_LIMIT_SECONDS + " s";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = "interrupted";
        }
        Files.writeString(dir.resolve("status.txt"), status + "\n");
    }

    private static boolean hasReport(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().matches("TEST-.*\\.xml"));
        }
    }

    static List<Row> gradeChapter(Path root, Path chapter) throws IOException {
        String name = chapter.getFileName().toString();
        List<String> testClasses = Reports.exerciseTestClasses(root, chapter);
        boolean compiled = compiled(chapter, testClasses);
        List<Row> rows = new ArrayList<>();
        for (String testClass : testClasses) {
            String exercise = testClass.substring(testClass.lastIndexOf('.') + 1).replaceAll("Test$", "");
            Path dir = chapter.resolve(REPORTS).resolve(testClass);
            List<Reports.TestCase> cases = Reports.read(dir).getOrDefault(testClass, List.of());
            Path statusFile = dir.resolve("status.txt");
            String status = Files.exists(statusFile) ? Files.readString(statusFile).strip() : "";
            if (!compiled) {
                rows.add(new Row(name, exercise, 0, 0, "does not compile", 0));
            } else if (!status.isEmpty() && !status.equals("finished")) {
                rows.add(new Row(name, exercise, 0, cases.size(), status, 0));
            } else if (cases.isEmpty()) {
                rows.add(new Row(name, exercise, 0, 0, "did not run", 0));
            } else {
                int passed = (int) cases.stream().filter(t -> t.outcome() == Reports.Outcome.PASSED).count();
                String result = passed == cases.size() ? "solved" : (cases.size() - passed) + " failing";
                double points = Math.round(10.0 * POINTS_PER_EXERCISE * passed / cases.size()) / 10.0;
                rows.add(new Row(name, exercise, passed, cases.size(), result, points));
            }
        }
        return rows;
    }

    /** javac writes no class file when a chapter has errors (and the grade build cleans first). */
    private static boolean compiled(Path chapter, List<String> testClasses) throws IOException {
        Path classes = chapter.resolve("target/classes");
        boolean anyClass;
        try (Stream<Path> files = Files.isDirectory(classes) ? Files.walk(classes) : Stream.empty()) {
            anyClass = files.anyMatch(f -> f.toString().endsWith(".class"));
        }
        return anyClass && testClasses.stream().allMatch(c ->
                Files.exists(chapter.resolve("target/test-classes/" + c.replace('.', '/') + ".class")));
    }

    static String markdown(List<Row> rows) {
        StringBuilder md = new StringBuilder("# Grade\n\n| chapter | exercise | tests passed | points | status |\n|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append("| %s | %s | %s | %s / %d | %s |\n".formatted(r.chapter(), r.exercise(),
                    r.total() == 0 ? "0 / ?" : r.passed() + " / " + r.total(), fmt(r.points()), POINTS_PER_EXERCISE, r.status()));
        }
        md.append("\n| chapter | points |\n|---|---|\n");
        chapters(rows).forEach((chapter, chapterRows) -> md.append("| %s | %s / %d |\n".formatted(chapter,
                fmt(sum(chapterRows)), chapterRows.size() * POINTS_PER_EXERCISE)));
        md.append("| **total** | **%s / %d** |\n".formatted(fmt(sum(rows)), rows.size() * POINTS_PER_EXERCISE));
        return md.toString();
    }

    static String json(List<Row> rows) {
        StringBuilder js = new StringBuilder("{\n  \"chapters\": [\n");
        var chapters = chapters(rows);
        int c = 0;
        for (var entry : chapters.entrySet()) {
            List<Row> chapterRows = entry.getValue();
            js.append("    {\"chapter\": \"%s\", \"compiles\": %s, \"points\": %s, \"maxPoints\": %d, \"exercises\": [\n".formatted(
                    entry.getKey(), chapterRows.stream().noneMatch(r -> r.status().equals("does not compile")),
                    fmt(sum(chapterRows)), chapterRows.size() * POINTS_PER_EXERCISE));
            for (int i = 0; i < chapterRows.size(); i++) {
                Row r = chapterRows.get(i);
                js.append("      {\"exercise\": \"%s\", \"passed\": %d, \"total\": %d, \"points\": %s, \"maxPoints\": %d, \"status\": \"%s\"}%s\n".formatted(
                        r.exercise(), r.passed(), r.total(), fmt(r.points()), POINTS_PER_EXERCISE, r.status(),
                        i + 1 < chapterRows.size() ? "," : ""));
            }
            js.append("    ]}").append(++c < chapters.size() ? ",\n" : "\n");
        }
        js.append("  ],\n  \"points\": %s,\n  \"maxPoints\": %d\n}\n".formatted(fmt(sum(rows)), rows.size() * POINTS_PER_EXERCISE));
        return js.toString();
    }

    private static Map<String, List<Row>> chapters(List<Row> rows) {
        Map<String, List<Row>> byChapter = new TreeMap<>();
        rows.forEach(r -> byChapter.computeIfAbsent(r.chapter(), k -> new ArrayList<>()).add(r));
        return byChapter;
    }

    private static double sum(List<Row> rows) {
        return Math.round(10.0 * rows.stream().mapToDouble(Row::points).sum()) / 10.0;
    }

    private static String fmt(double points) {
        return points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points);
    }
}

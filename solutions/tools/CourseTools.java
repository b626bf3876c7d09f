import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The course's two build tools, in one file so that they share the report reader and run
 * with a plain JDK ({@code java CourseTools.java ...}, no compilation step, no dependency).
 *
 * <pre>
 * java CourseTools.java check COURSE_ROOT STUB_REPORTS REFERENCE_REPORTS   (./mvnw verify -Psolutions)
 * java -cp LIBS CourseTools.java grade COURSE_ROOT OUTPUT_DIR              (./mvnw verify -Pgrade)
 * java CourseTools.java report COURSE_ROOT OUTPUT_DIR                      (the table from existing reports)
 * java -cp LIBS CourseTools.java stress COURSE_ROOT RUNS SEED               (./mvnw verify -Psolutions,stress)
 * </pre>
 */
public final class CourseTools {

    private CourseTools() {
    }

    public static void main(String[] args) throws IOException {
        String tool = args.length == 0 ? "" : args[0];
        String[] rest = java.util.Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (tool) {
            case "check" -> CourseCheck.main(rest);
            case "grade" -> Grade.main(rest, true);
            case "report" -> Grade.main(rest, false);
            case "stress" -> Stress.main(rest);
            default -> {
                System.err.println("usage: java CourseTools.java check|grade|report|stress ARGS...");
                System.exit(2);
            }
        }
    }
}

/**
 * The course check's verdict on the exercise tests (run by {@code ./mvnw verify -Psolutions}).
 *
 * <pre>java CourseTools.java check COURSE_ROOT STUB_REPORTS REFERENCE_REPORTS</pre>
 *
 * <p>Every exercise test class found in the chapters' sources ({@code src/test/java/**}{@code
 * /exercises/*Test.java}) must
 * <ol>
 *   <li>have run against the untouched stubs, and every one of its tests must have failed there
 *       (a test that passes on a stub checks nothing and is named here);</li>
 *   <li>have run against the reference solution with the same tests, every one of them passing.</li>
 * </ol>
 * A class that ran no test in either run fails the check too, so that an include/exclude mistake
 * cannot pass silently as "0 tests". Exit code 0 when all holds, 1 otherwise.
 */
final class CourseCheck {

    private CourseCheck() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java CourseTools.java check COURSE_ROOT STUB_REPORTS REFERENCE_REPORTS");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        List<String> expected = Reports.exerciseTestClasses(root);
        Map<String, List<Reports.TestCase>> stub = Reports.read(Path.of(args[1]));
        Map<String, List<Reports.TestCase>> reference = Reports.read(Path.of(args[2]));

        List<String> problems = new ArrayList<>();
        int tests = 0;
        for (String testClass : expected) {
            List<Reports.TestCase> onStub = stub.getOrDefault(testClass, List.of());
            List<Reports.TestCase> onSolution = reference.getOrDefault(testClass, List.of());
            if (onStub.isEmpty()) {
                problems.add(testClass + ": no test ran against the stub (is the class included, and does it have tests?)");
            }
            if (onSolution.isEmpty()) {
                problems.add(testClass + ": no test ran against the reference solution (is there a solution, and is the class included?)");
            }
            for (Reports.TestCase t : onStub) {
                switch (t.outcome()) {
                    case PASSED -> problems.add(t.id() + ": PASSES on the untouched stub, so it does not test the exercise");
                    case SKIPPED -> problems.add(t.id() + ": skipped on the stub; exercise tests must run and fail there");
                    default -> { }
                }
            }
            for (Reports.TestCase t : onSolution) {
                if (t.outcome() != Reports.Outcome.PASSED) {
                    problems.add(t.id() + ": " + t.outcome() + " on the reference solution: " + t.message());
                }
            }
            List<String> stubNames = onStub.stream().map(Reports.TestCase::name).sorted().toList();
            List<String> solutionNames = onSolution.stream().map(Reports.TestCase::name).sorted().toList();
            if (!onStub.isEmpty() && !onSolution.isEmpty() && !stubNames.equals(solutionNames)) {
                problems.add(testClass + ": the stub run and the solution run executed different tests: "
                        + stubNames + " vs " + solutionNames);
            }
            tests += onSolution.size();
        }
        for (String unexpected : reference.keySet()) {
            if (!expected.contains(unexpected)) {
                problems.add(unexpected + ": ran in the solutions module but is not an exercise test of any chapter");
            }
        }

        if (problems.isEmpty()) {
            System.out.printf("Course check: %d exercise test classes, %d tests; every test fails on its stub "
                    + "and passes on the reference solution.%n", expected.size(), tests);
            return;
        }
        System.err.println("Course check FAILED:");
        problems.forEach(p -> System.err.println("  - " + p));
        System.exit(1);
    }
}

/**
 * The grader (run by {@code ./mvnw verify -Pgrade}, after every chapter compiled the student's
 * code with errors tolerated).
 *
 * <pre>
 * java -cp LIBS CourseTools.java grade COURSE_ROOT OUTPUT_DIR    run the exercise tests, then report
 * java CourseTools.java report COURSE_ROOT OUTPUT_DIR            report from the results already there
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
final class Grade {

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
            System.err.println("usage: java [-cp LIBS] CourseTools.java grade|report COURSE_ROOT OUTPUT_DIR");
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

/**
 * The stress run (run by {@code ./mvnw verify -Psolutions,stress}): every test of the chapters
 * whose subject is concurrency (chapters 2–4, demos and exercises, the exercises against the
 * reference solutions) runs RUNS times over, each time in a fresh JVM per chapter, the three
 * chapters of a run at the same time (shorter, and harder on the timing), with timing drawn
 * from a seeded random generator: the demo time scale ({@code course.timeScale}, between 0.01
 * and 0.3) and, every other run, JVMs that see a single processor
 * ({@code -XX:ActiveProcessorCount=1}).
 *
 * <pre>java -cp LIBS CourseTools.java stress COURSE_ROOT RUNS SEED</pre>
 *
 * <p>First, once, the bad-input battery of every chapter (the tests tagged {@code battery}:
 * every main given no arguments, wrong arguments, blank and garbage input in a JVM of its own);
 * the repeated runs leave it out.
 *
 * <p>A failure is reported with its run number, seed, time scale and processor count, which is
 * all it takes to repeat that run. Exit code 1 if any run failed.
 */
final class Stress {

    static final List<String> CHAPTERS = List.of("ch02-concepts", "ch03-multiprocessing", "ch04-multithreading");
    static final List<String> BATTERY_CHAPTERS = List.of("ch01-exceptions", "ch02-concepts", "ch03-multiprocessing", "ch04-multithreading");
    static final long RUN_TIME_LIMIT_SECONDS = 600;

    private Stress() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !args[1].matches("[1-9]\\d*") || !args[2].matches("-?\\d+")) {
            System.err.println("usage: java -cp LIBS CourseTools.java stress COURSE_ROOT RUNS SEED   (RUNS >= 1, SEED a whole number)");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        int runs = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        java.util.Random random = new java.util.Random(seed);
        List<String> libraries = TestJvm.libraries(root);
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        int executed = 0;
        for (String chapterName : BATTERY_CHAPTERS) {
            executed += runChapter(root, libraries, chapterName, "battery", "--include-tag=battery", TestJvm.TIME_SCALE, false,
                    "bad-input battery (course.timeScale=" + TestJvm.TIME_SCALE + "), " + chapterName, failures);
        }
        for (int run = 1; run <= runs; run++) {
            double timeScale = Math.round(1000 * Math.exp(Math.log(0.01) + random.nextDouble() * Math.log(30))) / 1000.0;
            boolean oneCpu = run % 2 == 0;
            // The chapters of one run run at the same time: shorter, and harder on the timing.
            List<java.util.concurrent.Future<Integer>> counts = new ArrayList<>();
            try (var chapters = java.util.concurrent.Executors.newFixedThreadPool(CHAPTERS.size())) {
                for (String chapterName : CHAPTERS) {
                    String context = "run %d of %d (seed %d, course.timeScale=%s, %s), %s".formatted(
                            run, runs, seed, timeScale, oneCpu ? "1 processor" : "all processors", chapterName);
                    String label = "run-" + run;
                    counts.add(chapters.submit(() -> runChapter(root, libraries, chapterName, label, "--exclude-tag=battery", timeScale, oneCpu, context, failures)));
                }
            }
            for (var count : counts) {  // all done: close() waited for them
                if (count.state() != java.util.concurrent.Future.State.SUCCESS) {
                    throw new IOException("stress run " + run + " could not run a chapter", count.exceptionNow());
                }
                executed += count.resultNow();
            }
        }
        if (failures.isEmpty()) {
            System.out.printf("Stress: the bad-input battery of chapters %s, then %d runs of chapters %s: %d tests executed, no failure (seed %d).%n",
                    BATTERY_CHAPTERS, runs, CHAPTERS, executed, seed);
            return;
        }
        System.err.printf("Stress FAILED: %d failures in %d tests executed (seed %d):%n", failures.size(), executed, seed);
        failures.forEach(f -> System.err.println("  - " + f));
        System.exit(1);
    }

    /**
     * Runs a chapter's tests once in a fresh JVM, those {@code tagFilter} (a console-launcher
     * tag option) selects, with reports under {@code label}. Adds failures, returns the number run.
     */
    private static int runChapter(Path root, List<String> libraries, String chapterName, String label, String tagFilter,
                                  double timeScale, boolean oneCpu, String context, List<String> failures) throws IOException {
        Path chapter = root.resolve(chapterName);
        Path reports = chapter.resolve("target/stress-reports/" + label);
        deleteTree(reports);
        Files.createDirectories(reports);
        List<String> classPath = new ArrayList<>(List.of(
                chapter.resolve("target/test-classes").toString(),
                root.resolve("solutions/target/classes").toString(),
                chapter.resolve("target/classes").toString()));
        classPath.addAll(libraries);
        List<String> jvmFlags = new ArrayList<>(List.of("-Dcourse.timeScale=" + timeScale));
        if (oneCpu) {
            jvmFlags.add("-XX:ActiveProcessorCount=1");
        }
        System.out.println("stress " + context + " ...");
        Process tests = TestJvm.start(chapter, classPath, jvmFlags, List.of(
                tagFilter,
                "--scan-classpath=" + chapter.resolve("target/test-classes")), reports);
        boolean ended;
        try {
            ended = TestJvm.endsWithin(tests, RUN_TIME_LIMIT_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ended = false;
        }
        var results = Reports.read(reports);
        int count = results.values().stream().mapToInt(List::size).sum();
        if (!ended) {
            failures.add(context + ": still running after " + RUN_TIME_LIMIT_SECONDS + " s (see " + reports.resolve("output.txt") + ")");
        } else if (count == 0) {
            failures.add(context + ": no test ran (see " + reports.resolve("output.txt") + ")");
        }
        results.values().stream().flatMap(List::stream)
                .filter(t -> t.outcome() == Reports.Outcome.FAILED || t.outcome() == Reports.Outcome.ERROR)
                .forEach(t -> failures.add(context + ": " + t.id() + " " + t.outcome() + ": " + t.message()));
        return count;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}

/** A JVM running JUnit's console launcher on a chapter's tests: started by the grader and the stress run. */
final class TestJvm {

    /** The demo time scale of test runs: course.timeScale.test in the root pom.xml. */
    static final double TIME_SCALE = 0.05;

    private TestJvm() {
    }

    /** This JVM's class path entries outside the course: JUnit, AssertJ, Awaitility. */
    static List<String> libraries(Path root) {
        List<String> libraries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.isBlank() && !Path.of(entry).toAbsolutePath().normalize().startsWith(root)) {
                libraries.add(entry);
            }
        }
        return libraries;
    }

    /**
     * {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC <jvmFlags> -cp <classPath> ConsoleLauncher
     * execute <selection> --reports-dir=<reports>}, in the chapter's folder, its output to
     * {@code reports/output.txt}.
     */
    static Process start(Path chapter, List<String> classPath, List<String> jvmFlags, List<String> selection,
                         Path reports) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, classPath),
                "org.junit.platform.console.ConsoleLauncher", "execute", "--disable-banner", "--details=none"));
        command.addAll(selection);
        command.add("--reports-dir=" + reports);
        return new ProcessBuilder(command).directory(chapter.toFile())
                .redirectErrorStream(true).redirectOutput(reports.resolve("output.txt").toFile()).start();
    }

    /** Whether the test JVM ended within the limit; either way, it and its descendants are gone after. */
    static boolean endsWithin(Process tests, long seconds) throws InterruptedException {
        try {
            return tests.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            tests.descendants().forEach(ProcessHandle::destroyForcibly);
            tests.destroyForcibly();
        }
    }
}

/** Reading surefire's XML reports and finding the exercise test classes: shared by both tools. */
final class Reports {

    enum Outcome { PASSED, FAILED, ERROR, SKIPPED }

    record TestCase(String className, String name, Outcome outcome, String message) {
        String id() {
            return className + "#" + name;
        }
    }

    private Reports() {
    }

    /** Fully qualified names of every exercise test class in the chapters' test sources. */
    static List<String> exerciseTestClasses(Path root) throws IOException {
        List<String> classes = new ArrayList<>();
        try (Stream<Path> chapters = Files.list(root)) {
            for (Path chapter : chapters.filter(p -> p.getFileName().toString().matches("ch\\d\\d-.*")).sorted().toList()) {
                classes.addAll(exerciseTestClasses(root, chapter));
            }
        }
        return classes;
    }

    static List<String> exerciseTestClasses(Path root, Path chapter) throws IOException {
        Path sources = chapter.resolve("src/test/java");
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(f -> f.getFileName().toString().endsWith("Test.java"))
                    .filter(f -> sources.relativize(f).toString().replace('\\', '/').contains("/exercises/"))
                    .map(f -> sources.relativize(f).toString().replace('\\', '/').replaceAll("\\.java$", "").replace('/', '.'))
                    .sorted()
                    .toList();
        }
    }

    /** Test cases per test class, from every TEST-*.xml in a surefire reports folder. */
    static Map<String, List<TestCase>> read(Path reportsDir) throws IOException {
        Map<String, List<TestCase>> byClass = new TreeMap<>();
        if (!Files.isDirectory(reportsDir)) {
            return byClass;
        }
        try (Stream<Path> files = Files.list(reportsDir)) {
            for (Path report : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList()) {
                for (TestCase t : parse(report)) {
                    byClass.computeIfAbsent(t.className(), k -> new ArrayList<>()).add(t);
                }
            }
        }
        return byClass;
    }

    private static List<TestCase> parse(Path report) throws IOException {
        try {
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var doc = factory.newDocumentBuilder().parse(report.toFile());
            var nodes = doc.getElementsByTagName("testcase");
            List<TestCase> cases = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                var e = (org.w3c.dom.Element) nodes.item(i);
                Outcome outcome = Outcome.PASSED;
                String message = "";
                for (var tag : List.of("failure", "error", "skipped")) {
                    var child = e.getElementsByTagName(tag);
                    if (child.getLength() > 0) {
                        outcome = switch (tag) {
                            case "failure" -> Outcome.FAILED;
                            case "error" -> Outcome.ERROR;
                            default -> Outcome.SKIPPED;
                        };
                        message = ((org.w3c.dom.Element) child.item(0)).getAttribute("message");
                        break;
                    }
                }
                String firstLine = message.lines().findFirst().orElse("");
                cases.add(new TestCase(e.getAttribute("classname"), e.getAttribute("name"), outcome, firstLine));
            }
            return cases;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("cannot read surefire report " + report + ": " + e.getMessage(), e);
        }
    }
}

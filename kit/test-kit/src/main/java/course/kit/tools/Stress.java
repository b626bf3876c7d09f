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
 * The stress run (run by {@code ./mvnw verify -Psolutions,stress}): every test of the chapters
 * whose subject is concurrency (chapters 2–4, demos and exercises, the exercises against the
 * reference solutions) runs RUNS times over, each time in a fresh JVM per chapter, the three
 * chapters of a run at the same time (shorter, and harder on the timing), with timing drawn
 * from a seeded random generator: the demo time scale ({@code course.timeScale}, between 0.01
 * and 0.3) and, every other run, JVMs that see a single processor
 * ({@code -XX:ActiveProcessorCount=1}).
 *
 * <pre>CourseTools stress COURSE_ROOT RUNS SEED</pre>
 *
 * <p>First, once, the bad-input battery of every chapter (the tests tagged {@code battery}:
 * every main given no arguments, wrong arguments, blank and garbage input in a JVM of its own);
 * the repeated runs leave it out.
 *
 * <p>A failure is reported with its run number, seed, time scale and processor count, which is
 * all it takes to repeat that run. Exit code 1 if any run failed.
 */
public final class Stress {

    static final long RUN_TIME_LIMIT_SECONDS = 600;

    private Stress() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !args[1].matches("[1-9]\\d*") || !args[2].matches("-?\\d+")) {
            System.err.println("usage: CourseTools stress COURSE_ROOT RUNS SEED   (RUNS >= 1, SEED a whole number)");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        int runs = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        java.util.Random random = new java.util.Random(seed);
        List<String> libraries = TestJvm.libraries(root);
        // The battery runs in every chapter; the repeated runs leave out chapter 1, which has no concurrency.
        List<String> batteryChapters = course.kit.Course.chapterModules(root).stream().map(p -> p.getFileName().toString()).toList();
        List<String> chapters = batteryChapters.subList(1, batteryChapters.size());
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        int executed = 0;
        for (String chapterName : batteryChapters) {
            executed += runChapter(root, libraries, chapterName, "battery", "--include-tag=battery", TestJvm.TIME_SCALE, false,
                    "bad-input battery (course.timeScale=" + TestJvm.TIME_SCALE + "), " + chapterName, failures);
        }
        for (int run = 1; run <= runs; run++) {
            double timeScale = Math.round(1000 * Math.exp(Math.log(0.01) + random.nextDouble() * Math.log(30))) / 1000.0;
            boolean oneCpu = run % 2 == 0;
            // The chapters of one run run at the same time: shorter, and harder on the timing.
            List<java.util.concurrent.Future<Integer>> counts = new ArrayList<>();
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(chapters.size())) {
                for (String chapterName : chapters) {
                    String context = "run %d of %d (seed %d, course.timeScale=%s, %s), %s".formatted(
                            run, runs, seed, timeScale, oneCpu ? "1 processor" : "all processors", chapterName);
                    String label = "run-" + run;
                    counts.add(pool.submit(() -> runChapter(root, libraries, chapterName, label, "--exclude-tag=battery", timeScale, oneCpu, context, failures)));
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
                    batteryChapters, runs, chapters, executed, seed);
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
        Folders.delete(reports);
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

}

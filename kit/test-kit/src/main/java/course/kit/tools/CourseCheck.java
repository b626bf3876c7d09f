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
 * The course check's verdict on the exercise tests (run by {@code ./mvnw verify -Psolutions}).
 *
 * <pre>CourseTools check COURSE_ROOT STUB_REPORTS REFERENCE_REPORTS</pre>
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
public final class CourseCheck {

    private CourseCheck() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CourseTools check COURSE_ROOT STUB_REPORTS REFERENCE_REPORTS");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        List<String> expected = Reports.exerciseTestClasses(root);
        Map<String, List<Reports.TestCase>> stub = Reports.read(Path.of(args[1]));
        Map<String, List<Reports.TestCase>> reference = Reports.read(Path.of(args[2]));

        List<String> problems = new ArrayList<>();
        // A copy whose stubs hold a student's work cannot be checked against them: say that once,
        // instead of "PASSES on the untouched stub" for every test the work makes pass.
        List<Integrity.Difference> worked = Integrity.read(root).map(m -> Integrity.stubChanges(root, m)).orElse(List.of());
        if (!worked.isEmpty()) {
            problems.add(stubsHoldWork(worked));
        }
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
            for (Reports.TestCase t : worked.isEmpty() ? onStub : List.<Reports.TestCase>of()) {
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

    /** The one message for a copy whose stubs differ from the stubs as handed out (kit/manifest.sha256). */
    static String stubsHoldWork(List<Integrity.Difference> worked) {
        return "these stubs hold work: " + String.join(", ", worked.stream().map(Integrity.Difference::text).toList())
                + "; the course check needs the untouched stubs (git stash or a fresh clone); your progress: ./mvnw -q verify -Pgrade"
                + " (if you changed a stub on purpose, as the course's maintainer, regenerate the manifest: " + Integrity.REGENERATE + ")";
    }
}

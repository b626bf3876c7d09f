package course.kit.tools;

import course.kit.Course;
import course.kit.tools.Exercises.Exercise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two GitHub Actions workflows, made from the course itself (its chapters and their exercises),
 * so that they cannot miss an exercise or a chapter:
 *
 * <ul>
 *   <li>{@value #CLASSROOM}, for a student's repository (GitHub Classroom's autograding): one step
 *       grades the whole copy once ({@value #GRADE_COMMAND}, which writes {@code target/grade/grade.json});
 *       then one step per exercise, worth {@value Grade#POINTS_PER_EXERCISE} points, passes when the
 *       exercise's row in grade.json says {@code solved} ({@link #solvedCommand}); the reporter adds them up.</li>
 *   <li>{@value #CI}, for the course's own repository: {@code .ci/run} (the course check) on Linux,
 *       and every chapter's tests on Windows and macOS.</li>
 * </ul>
 *
 * {@code CourseTools workflows ROOT} writes both; the pages command runs it, and a docs check keeps
 * the files equal to what it would write.
 */
public final class Workflows {

    public static final String CLASSROOM = Integrity.CLASSROOM_WORKFLOW;
    public static final String CI = ".github/workflows/ci.yml";

    /** The shared step of the Classroom workflow: grade the copy once. */
    public static final String GRADE_COMMAND = "./mvnw -q -B verify -Pgrade";
    /** The command of an exercise's step, with {@value #CLASS_PLACEHOLDER} for the exercise's class. */
    public static final String SOLVED_TEMPLATE = "grep -qF '{\"class\": \"CLASS\", \"status\": \"solved\"' target/grade/grade.json";
    public static final String CLASS_PLACEHOLDER = "CLASS";
    /** The course check on Linux. */
    public static final String CI_COMMAND = ".ci/run";
    /** A chapter's tests on Windows and macOS, with {@value #CHAPTER_PLACEHOLDER} for the chapter. */
    public static final String CHAPTER_TEMPLATE = "./mvnw -B test -Psolutions -pl CHAPTER";
    public static final String CHAPTER_PLACEHOLDER = "CHAPTER";

    private Workflows() {
    }

    /** The command that passes when the exercise is solved: its row in grade.json says so. */
    public static String solvedCommand(Exercise e) {
        return SOLVED_TEMPLATE.replace(CLASS_PLACEHOLDER, e.className());
    }

    /** The step id of an exercise: "ch01-ageparser" (the reporter reads CH01-AGEPARSER_RESULTS). */
    public static String stepId(Exercise e) {
        return e.module().substring(0, 4) + "-" + e.name().toLowerCase(Locale.ROOT);
    }

    /** The test name Classroom shows: "§1.3 AgeParser (easy)". */
    public static String testName(Exercise e) {
        return (e.section().isEmpty() ? e.module() : "§" + e.section()) + " " + e.name()
                + (e.difficulty().isEmpty() ? "" : " (" + e.difficulty() + ")");
    }

    /** Every exercise of the course, in course order. */
    static List<Exercise> exercises(Path root) {
        List<Exercise> all = new ArrayList<>();
        for (Path chapter : Course.chapterModules(root)) {
            all.addAll(Exercises.of(root, chapter.getFileName().toString()));
        }
        return all;
    }

    public static String classroom(Path root) {
        List<Exercise> exercises = exercises(root);
        StringBuilder y = new StringBuilder();
        y.append("""
                # GitHub Classroom autograding for a student's copy of the course. Made from the course's exercises by
                # CourseTools workflows (kit/test-kit): regenerate with %s; do not edit by hand.
                #
                # The step "Grade the copy" grades the whole copy once (%s: the course's own tests and
                # JUnit settings, the copy checked against kit/manifest.sha256) and writes target/grade/grade.json.
                # Each exercise's step then passes, for %d points, when the exercise's row there says "solved":
                #   %s
                # The reporter adds up the points. The grade's details are in the log of "Grade the copy" and in the
                # artifact "grade" (grade.md, grade.json, feedback.md).
                name: Autograding Tests
                'on':
                - push
                - repository_dispatch
                permissions:
                  checks: write
                  actions: read
                  contents: read
                jobs:
                  run-autograding-tests:
                    runs-on: ubuntu-latest
                    if: github.actor != 'github-classroom[bot]'
                    timeout-minutes: 60
                    steps:
                    - name: Checkout code
                      uses: actions/checkout@v4
                      with:
                        fetch-depth: 0
                    - name: Set up JDK 21
                      uses: actions/setup-java@v4
                      with:
                        distribution: temurin
                        java-version: '21'
                        cache: maven
                    - name: Grade the copy
                      run: %s
                      continue-on-error: true
                    - name: Keep the grade
                      if: always()
                      uses: actions/upload-artifact@v4
                      with:
                        name: grade
                        path: |
                          target/grade/grade.md
                          target/grade/grade.json
                          target/grade/feedback.md
                        if-no-files-found: ignore
                """.formatted(Integrity.REGENERATE, GRADE_COMMAND, Grade.POINTS_PER_EXERCISE, SOLVED_TEMPLATE, GRADE_COMMAND));
        for (Exercise e : exercises) {
            y.append("""
                        - name: %s
                          id: %s
                          uses: classroom-resources/autograding-command-grader@v1
                          with:
                            test-name: %s
                            command: >-
                              %s
                            timeout: 1
                            max-score: %d
                    """.formatted(testName(e), stepId(e), testName(e), solvedCommand(e), Grade.POINTS_PER_EXERCISE));
        }
        y.append("""
                    - name: Autograding Reporter
                      uses: classroom-resources/autograding-grading-reporter@v1
                      env:
                """);
        for (Exercise e : exercises) {
            y.append("        %s_RESULTS: \"${{steps.%s.outputs.result}}\"\n".formatted(stepId(e).toUpperCase(Locale.ROOT), stepId(e)));
        }
        y.append("      with:\n        runners: ")
                .append(String.join(",", exercises.stream().map(Workflows::stepId).toList())).append('\n');
        return y.toString();
    }

    public static String ci(Path root) {
        List<String> chapters = Course.chapterModules(root).stream().map(p -> p.getFileName().toString()).toList();
        return """
                # CI of the course's own repository (not in the student edition). Made from the course's chapters by
                # CourseTools workflows (kit/test-kit): regenerate with %s; do not edit by hand.
                #
                # Linux: the course check, %s (./mvnw verify -Psolutions: demos, exercise tests on the stubs and on
                # the reference solutions, docs checks). Windows and macOS: each chapter's tests, %s
                # (the solutions profile leaves the exercise tests, which fail on the stubs, to the course check;
                # the kit's tests run too); tests that need Linux skip themselves there (@EnabledOnOs).
                name: CI
                'on':
                  push:
                  pull_request:
                jobs:
                  course-check:
                    name: Course check (Linux)
                    runs-on: ubuntu-latest
                    timeout-minutes: 60
                    steps:
                    - uses: actions/checkout@v4
                    - uses: actions/setup-java@v4
                      with:
                        distribution: temurin
                        java-version: '21'
                        cache: maven
                    - name: Course check
                      run: %s
                  chapters:
                    name: ${{ matrix.chapter }} on ${{ matrix.os }}
                    runs-on: ${{ matrix.os }}
                    timeout-minutes: 60
                    strategy:
                      fail-fast: false
                      matrix:
                        os: [windows-latest, macos-latest]
                        chapter: [%s]
                    defaults:
                      run:
                        shell: bash
                    steps:
                    - uses: actions/checkout@v4
                    - uses: actions/setup-java@v4
                      with:
                        distribution: temurin
                        java-version: '21'
                        cache: maven
                    - name: Chapter tests
                      run: %s
                """.formatted(Integrity.REGENERATE, CI_COMMAND, CHAPTER_TEMPLATE, CI_COMMAND, String.join(", ", chapters),
                CHAPTER_TEMPLATE.replace(CHAPTER_PLACEHOLDER, "${{ matrix.chapter }}"));
    }

    /**
     * The workflow files this checkout should have, by path: both in the course's own repository,
     * only the Classroom one in a student edition (which has no {@code solutions/} and no CI of the course's).
     */
    public static java.util.Map<String, String> expected(Path root) {
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put(CLASSROOM, classroom(root));
        if (Files.isDirectory(root.resolve("solutions"))) {
            files.put(CI, ci(root));
        }
        return files;
    }

    /** Writes the workflows; returns the files that changed. */
    public static List<String> write(Path root) throws IOException {
        List<String> changed = new ArrayList<>();
        for (var file : expected(root).entrySet().stream().map(e -> new String[]{e.getKey(), e.getValue()}).toList()) {
            Path path = root.resolve(file[0]);
            if (!Files.isRegularFile(path) || !Files.readString(path).equals(file[1])) {
                Files.createDirectories(path.getParent());
                Files.writeString(path, file[1]);
                changed.add(file[0]);
            }
        }
        return changed;
    }

    /** CourseTools workflows ROOT. */
    static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CourseTools workflows COURSE_ROOT");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        List<String> changed = write(root);
        System.out.println(changed.isEmpty() ? "up to date: " + CLASSROOM + ", " + CI : "updated " + String.join(", ", changed));
    }
}

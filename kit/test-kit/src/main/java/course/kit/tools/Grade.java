package course.kit.tools;

import course.kit.Course;
import course.kit.tools.Exercises.Exercise;
import course.kit.tools.TestEvents.Result;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grader: {@code ./mvnw verify -Pgrade} runs it from the test kit.
 *
 * <pre>
 * CourseTools grade COURSE_ROOT OUTPUT_DIR                                  grade the copy at COURSE_ROOT
 * CourseTools grade COURSE_ROOT OUTPUT_DIR --roster=DIR [--deadline=TIME]   grade every student's clone in DIR
 * </pre>
 *
 * <p><b>A copy</b> (a student's repository, or the student edition on the student's machine): the
 * repository is first checked against the course's manifest ({@link Integrity}); each exercise a
 * changed test, pom or build file touches scores 0 and names the file. Then each chapter is
 * compiled with the JDK's compiler in this JVM ({@link Compile}: an exercise that does not compile
 * gets the course's stub in its place and scores 0, the rest of the chapter is graded as usual),
 * and its exercise tests run ({@link ChapterRun}: one JVM per chapter, a JVM of its own only for a
 * class that crashed or hung), with the course's JUnit settings. Writes {@code grade.md},
 * {@code grade.json} and {@code feedback.md} to OUTPUT_DIR and prints the progress board.
 *
 * <p><b>A roster</b>: every folder in DIR is one student's clone. For each, the last commit
 * before the deadline ({@code git rev-list -1 --before=TIME}, or the last commit) is exported with
 * git (its chapters' {@code src/main/java}, nothing else: never the work tree, never anything that
 * runs) into {@code OUTPUT_DIR/roster/ID/}, and graded against this checkout's own tests and
 * settings; each student gets grade.md, grade.json and feedback.md there, the class
 * {@code class.csv} and {@code class.md} in OUTPUT_DIR. A missing or empty folder, a folder that
 * is not a git repository, a copy without a commit before the deadline or without some chapter
 * gets a row that says so; one student never stops the others.
 *
 * <p>Each exercise is worth {@value #POINTS_PER_EXERCISE} points, shared equally among its tests;
 * only a test that ran and passed earns its share. Exits 0 once the files are written: a poor
 * grade is not a build failure.
 *
 * <p>Settings (system properties): {@code course.grade.classTimeLimit} (seconds a test class may run,
 * from its start; default 180), {@code course.grade.chaptersAtOnce} (chapters graded at the same time,
 * each with one test JVM; default: two per processor), {@code course.grade.release} (the Java release
 * to compile for), {@code course.grade.student} (the student's name in a copy's grade; default: the
 * folder's name), {@code course.grade.time} (the time to record as graded at, for reproducible output).
 */
public final class Grade {

    static final int POINTS_PER_EXERCISE = 10;
    static final long CLASS_TIME_LIMIT_SECONDS = Long.getLong("course.grade.classTimeLimit", 180);
    /**
     * Chapters graded at the same time, each with one test JVM: by default two per processor, as a
     * chapter's JVM spends much of its time waiting (for the child JVMs of chapter 3, for scaled
     * sleeps); measured on 2 cores, 4 at once graded a roster about a sixth faster than 2.
     */
    static final int CHAPTERS_AT_ONCE = Math.max(1, intProperty("course.grade.chaptersAtOnce",
            2 * Runtime.getRuntime().availableProcessors()));
    static final String RELEASE = System.getProperty("course.grade.release", "21").isBlank()
            ? "21" : System.getProperty("course.grade.release", "21").strip();

    /** One exercise's grade. {@code passed}/{@code total}: the tests that passed and ran (0/0 when none ran). */
    record Row(Exercise exercise, int passed, int total, double points, String status, List<Result> results) {

        String chapter() {
            return exercise.module();
        }

        boolean solved() {
            return status.equals("solved");
        }
    }

    /**
     * One chapter's grade: whether it compiled (possibly with stubs put in), the exercise files put
     * aside, the errors that remain when it did not compile, and its rows in course order.
     */
    record ChapterGrade(String module, boolean compiles, List<Compile.Replaced> replaced, List<Compile.Error> errors,
                        List<Row> rows) {
    }

    /**
     * One copy's grade. {@code commit}, {@code commitTime} and {@code deadline} are empty when
     * unknown; {@code note} says why a copy was not graded, or is empty; {@code differences} are
     * the protected files the copy changed.
     */
    record CopyGrade(String student, String commit, String commitTime, String deadline, String gradedAt, String note,
                     List<Integrity.Difference> differences, List<ChapterGrade> chapters) {

        List<Row> rows() {
            return chapters.stream().flatMap(c -> c.rows().stream()).toList();
        }

        double points() {
            return sum(rows());
        }

        int maxPoints() {
            return rows().size() * POINTS_PER_EXERCISE;
        }
    }

    private Grade() {
    }

    public static void main(String[] args) throws IOException {
        List<String> positional = new ArrayList<>();
        String roster = "";
        String deadline = "";
        for (String arg : args) {
            if (arg.startsWith("--roster=")) {
                roster = arg.substring("--roster=".length()).strip();
            } else if (arg.startsWith("--deadline=")) {
                deadline = arg.substring("--deadline=".length()).strip();
            } else {
                positional.add(arg);
            }
        }
        if (positional.size() != 2 || (roster.isEmpty() && !deadline.isEmpty())) {
            System.err.println("usage: CourseTools grade COURSE_ROOT OUTPUT_DIR [--roster=DIR [--deadline=2026-12-20T23:59:00Z]]");
            System.exit(2);
        }
        Path root = Path.of(positional.get(0)).toAbsolutePath().normalize();
        Path out = Path.of(positional.get(1)).toAbsolutePath().normalize();
        if (roster.isEmpty()) {
            gradeCopy(root, out);
        } else {
            Optional<Instant> due = Optional.empty();
            if (!deadline.isEmpty()) {
                try {
                    due = Optional.of(OffsetDateTime.parse(deadline).toInstant());
                } catch (java.time.format.DateTimeParseException e) {
                    System.err.println("the deadline '" + deadline + "' is not a time like 2026-12-20T23:59:00Z or 2026-12-21T00:59:00+01:00");
                    System.exit(2);
                }
            }
            Roster.grade(root, Path.of(roster).toAbsolutePath().normalize(), due, out);
        }
    }

    // ---------------------------------------------------------------- grading the copy the build runs in

    /** Grades the copy at {@code root} (its own tests, checked against the manifest): the student's progress, or Classroom's grade. */
    static CopyGrade gradeCopy(Path root, Path out) throws IOException {
        Compile.deleteTree(out.resolve("work"));
        Files.createDirectories(out);
        Optional<List<Integrity.Entry>> manifest = Integrity.read(root);
        List<Integrity.Difference> differences = manifest.map(m -> Integrity.protectedChanges(root, m)).orElse(List.of());
        String note = manifest.isPresent() ? ""
                : "no manifest (" + Integrity.MANIFEST + "): the tests and build files were not checked for changes";
        Git git = new Git(root);
        String commit = "";
        String commitTime = "";
        if (git.isRepository()) {
            Git.Result head = git.run("log", "-1", "--format=%H%n%cI");
            if (head.ok() && !head.text().isEmpty()) {
                String[] lines = head.text().split("\n");
                commit = lines[0];
                commitTime = utc(lines[1]);
                if (!git.run("status", "--porcelain").text().isEmpty()) {
                    note = join(note, "graded with changes that are not committed");
                }
            }
        }
        Path work = out.resolve("work");
        Job job = new Job(root, work, module -> root.resolve(module).resolve("src/main/java"),
                module -> exercisesOfCopy(root, module, manifest, git), manifest.map(m -> trustedTests(root, m, work)).orElse(null),
                (module, relative) -> handedOutStub(git, root, module, relative, manifest), differences, Map.of());
        List<ChapterGrade> chapters;
        try (ExecutorService pool = Executors.newFixedThreadPool(CHAPTERS_AT_ONCE)) {
            chapters = gradeChapters(job, pool);
        }
        String student = System.getProperty("course.grade.student", "").strip();
        CopyGrade grade = new CopyGrade(student.isEmpty() ? root.getFileName().toString() : student,
                commit, commitTime, "", gradedAt(), note, differences, chapters);
        Report.write(grade, out);
        System.out.print(Report.console(grade));
        System.out.println();
        System.out.println("Written: " + out.resolve("grade.md") + ", grade.json and feedback.md");
        return grade;
    }

    /**
     * The exercises of a chapter of the copy: those of its test files the manifest lists (a test the
     * student added is not an exercise), and those the manifest lists whose test file is gone.
     */
    static List<Exercise> exercisesOfCopy(Path root, String module, Optional<List<Integrity.Entry>> manifest, Git git) {
        List<Exercise> found = Exercises.of(root, module);
        if (manifest.isEmpty()) {
            return found;
        }
        String prefix = module + "/src/test/java/";
        List<String> listed = manifest.get().stream()
                .filter(e -> e.kind() == Integrity.Kind.PROTECTED && e.path().startsWith(prefix))
                .map(Integrity.Entry::path)
                .filter(p -> p.endsWith("Test.java") && ("/" + p.substring(prefix.length())).contains("/exercises/"))
                .toList();
        List<Exercise> exercises = new ArrayList<>(found.stream().filter(e -> listed.contains(e.test())).toList());
        for (String test : listed) {
            if (exercises.stream().noneMatch(e -> e.test().equals(test))) {
                Exercise gone = Exercises.ofTest(root, module, test.substring(prefix.length()));
                String stubPath = gone.stub().substring((module + "/src/main/java/").length());
                exercises.add(withHeader(gone, handedOutStub(git, root, module, stubPath, manifest)
                        .map(bytes -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).orElse("")));
            }
        }
        exercises.sort(Exercise.COURSE_ORDER);
        return exercises;
    }

    /**
     * An exercise whose test is gone: its section and difficulty (which the test's display name
     * gave) from the header of the stub as handed out, when the repository's history has it.
     */
    private static Exercise withHeader(Exercise e, String handedOutStub) {
        Matcher m = Pattern.compile("/\\*\\*\\s*(?:\\*\\s*)?(" + Exercises.HEADER.pattern() + ")").matcher(handedOutStub);
        if (!m.find()) {
            return e;
        }
        return new Exercise(e.module(), e.name(), e.testClass(), e.stub(), e.test(), m.group(2), m.group(4),
                e.summary(), e.headerText(), e.headerLine());
    }

    /**
     * The chapter's tests that the manifest vouches for, copied to a folder of their own: the
     * grader compiles only those (so that a file the student added under src/test, say a fake
     * assertion library, cannot stand in for the course's).
     */
    private static Function<String, Path> trustedTests(Path root, List<Integrity.Entry> manifest, Path work) {
        return module -> {
            String prefix = module + "/src/test/java/";
            Path copy = work.resolve(module).resolve("tests");
            Compile.deleteTree(copy);
            try {
                for (Integrity.Entry e : manifest) {
                    Path file = root.resolve(e.path());
                    if (e.kind() == Integrity.Kind.PROTECTED && e.path().startsWith(prefix) && Files.isRegularFile(file)
                            && Integrity.digest(root, e.path()).equals(e.digest())) {
                        Path target = copy.resolve(e.path().substring(prefix.length()));
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target);
                    }
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            return copy;
        };
    }

    /**
     * The stub of an exercise file as it was handed out: the version in the repository's history
     * whose digest the manifest gives (the first commit usually has it). Empty without git, without
     * a manifest entry, or when the history does not have it.
     */
    private static Optional<byte[]> handedOutStub(Git git, Path root, String module, String relative,
                                                  Optional<List<Integrity.Entry>> manifest) {
        String path = module + "/src/main/java/" + relative;
        Optional<String> digest = manifest.flatMap(m -> Integrity.stubDigest(m, path));
        if (digest.isEmpty() || !git.isRepository()) {
            return Optional.empty();
        }
        try {
            Git.Result commits = git.run("log", "--format=%H", "--reverse", "--", path);
            if (!commits.ok()) {
                return Optional.empty();
            }
            for (String commit : commits.text().lines().limit(100).toList()) {
                Optional<byte[]> content = git.show(commit, path);
                if (content.isPresent() && Integrity.digest(path, content.get()).equals(digest.get())) {
                    return content;
                }
            }
        } catch (IOException e) {
            // no stub then: the file is left out
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- grading chapters

    /**
     * What grading one copy needs.
     *
     * @param course      where the chapters' tests (and so the chapter list) come from
     * @param work        a folder for this copy's sources, classes and results
     * @param studentMain a chapter's {@code src/main/java} of the student
     * @param exercises   a chapter's exercises, in course order
     * @param tests       a chapter's trusted test sources (null: the course's {@code src/test/java} as it is)
     * @param stubs       the course's stub of a chapter's exercise file (module, path under src/main/java)
     * @param differences the protected files the copy changed
     * @param notGraded   chapters not graded, with the reason (a roster copy without that chapter)
     */
    record Job(Path course, Path work, Function<String, Path> studentMain, Function<String, List<Exercise>> exercises,
               Function<String, Path> tests, java.util.function.BiFunction<String, String, Optional<byte[]>> stubs,
               List<Integrity.Difference> differences, Map<String, String> notGraded) {

        Path testSources(String module) {
            return tests == null ? course.resolve(module).resolve("src/test/java") : tests.apply(module);
        }
    }

    /** Grades every chapter of the course for one copy, CHAPTERS_AT_ONCE at a time on {@code pool}. */
    static List<ChapterGrade> gradeChapters(Job job, ExecutorService pool) throws IOException {
        List<Future<ChapterGrade>> futures = submitChapters(job, pool);
        return collect(futures);
    }

    static List<Future<ChapterGrade>> submitChapters(Job job, ExecutorService pool) {
        List<Future<ChapterGrade>> futures = new ArrayList<>();
        for (Path chapter : Course.chapterModules(job.course())) {
            String module = chapter.getFileName().toString();
            futures.add(pool.submit(() -> gradeChapter(job, module)));
        }
        return futures;
    }

    static List<ChapterGrade> collect(List<Future<ChapterGrade>> futures) throws IOException {
        List<ChapterGrade> chapters = new ArrayList<>();
        for (Future<ChapterGrade> f : futures) {
            try {
                chapters.add(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IOException("grading a chapter failed: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while grading", e);
            }
        }
        return chapters;
    }

    static ChapterGrade gradeChapter(Job job, String module) throws IOException, InterruptedException {
        List<Exercise> exercises = job.exercises().apply(module);
        Map<String, String> zeroed = new LinkedHashMap<>();   // test class -> why it scores 0 without running
        String notGraded = job.notGraded().get(module);
        for (Exercise e : exercises) {
            if (notGraded != null) {
                zeroed.put(e.testClass(), notGraded);
                continue;
            }
            List<Integrity.Difference> touching = job.differences().stream().filter(d -> d.touches(module, e.testClass())).toList();
            if (!touching.isEmpty()) {
                zeroed.put(e.testClass(), "protected file " + touching.getFirst().change() + ": " + touching.getFirst().path()
                        + (touching.size() > 1 ? " (and " + (touching.size() - 1) + " more)" : ""));
            }
        }
        List<String> toGrade = exercises.stream().map(Exercise::testClass).filter(c -> !zeroed.containsKey(c)).toList();
        if (toGrade.isEmpty()) {
            return new ChapterGrade(module, notGraded == null, List.of(), List.of(), exercises.stream()
                    .map(e -> new Row(e, 0, 0, 0, zeroed.get(e.testClass()), List.of())).toList());
        }
        Path work = job.work().resolve(module);
        Path studentMain = job.studentMain().apply(module);
        Path testSources = job.testSources(module);
        List<String> libraries = libraries(job.course());
        Compile.Outcome compiled = Compile.chapter(new Compile.Input(module, studentMain, testSources, toGrade,
                relative -> job.stubs().apply(module, relative), work, libraries, RELEASE));
        Map<String, String> reasons = new LinkedHashMap<>(zeroed);
        for (Compile.Replaced r : compiled.replaced()) {
            String why = "does not compile: " + r.errors().getFirst().brief();
            for (Exercise owner : owners(r.file(), exercises, testSources)) {
                reasons.putIfAbsent(owner.testClass(), why);
            }
        }
        if (!compiled.compiles()) {
            String why = "chapter does not compile: " + compiled.errors().getFirst().brief()
                    + (compiled.errors().size() > 1 ? " (and " + (compiled.errors().size() - 1) + " more)" : "");
            return new ChapterGrade(module, false, compiled.replaced(), compiled.errors(), exercises.stream()
                    .map(e -> new Row(e, 0, 0, 0, reasons.getOrDefault(e.testClass(), why), List.of())).toList());
        }
        List<String> toRun = toGrade.stream().filter(c -> !compiled.testClassesLeftOut().contains(c)).toList();
        List<String> classPath = new ArrayList<>(libraries);
        classPath.add(Compile.testClasses(work).toString());
        classPath.add(Compile.classes(work).toString());
        System.out.println("grading " + module + ": " + toRun.size() + " test classes ...");
        Map<String, String> ran = toRun.isEmpty() ? Map.of()
                : new ChapterRun(work, classPath, CLASS_TIME_LIMIT_SECONDS, TestJvm.TIME_SCALE).run(toRun);
        List<Result> results = TestEvents.read(work);
        List<Row> rows = new ArrayList<>();
        for (Exercise e : exercises) {
            List<Result> mine = results.stream().filter(r -> r.className().equals(e.testClass())).toList();
            rows.add(row(e, mine, reasons.get(e.testClass()), ran.getOrDefault(e.testClass(), "did not run")));
        }
        return new ChapterGrade(module, true, compiled.replaced(), List.of(), rows);
    }

    /** The row of an exercise from its results; {@code reason} (if not null) makes it 0. */
    static Row row(Exercise e, List<Result> results, String reason, String runStatus) {
        boolean classFailed = results.stream().anyMatch(r -> r.container() && r.names().isEmpty() && !r.passed());
        // The tests: every test that ran, and a test's own container that failed without running it (a broken source of cases).
        List<Result> tests = results.stream().filter(r -> !r.container() || !r.names().isEmpty()).toList();
        int total = tests.size();
        int passed = classFailed ? 0 : (int) tests.stream().filter(Result::passed).count();
        if (reason != null) {
            return new Row(e, 0, total, 0, reason, results);
        }
        if (!runStatus.equals(ChapterRun.FINISHED)) {
            return new Row(e, 0, total, 0, runStatus, results);
        }
        if (total == 0) {
            String why = results.stream().filter(r -> !r.passed()).map(r -> ": " + r.reason().lines().findFirst().orElse(""))
                    .findFirst().orElse("");
            return new Row(e, 0, 0, 0, (classFailed ? "failed before its tests" : "did not run") + why, results);
        }
        String status = passed == total ? "solved" : (total - passed) + " failing";
        double points = Math.round(10.0 * POINTS_PER_EXERCISE * passed / total) / 10.0;
        return new Row(e, passed, total, points, status, results);
    }

    /**
     * The exercises an exercise file belongs to: the exercise of that name, or else every exercise
     * whose test names the class (a helper such as an exception the exercise throws).
     */
    static List<Exercise> owners(String file, List<Exercise> exercises, Path testSources) {
        Optional<Exercise> own = exercises.stream().filter(e -> e.stub().equals(file)).findFirst();
        if (own.isPresent()) {
            return List.of(own.get());
        }
        String name = file.substring(file.lastIndexOf('/') + 1).replaceAll("\\.java$", "");
        Pattern word = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
        List<Exercise> users = new ArrayList<>();
        for (Exercise e : exercises) {
            Path test = testSources.resolve(e.testClass().replace('.', '/') + ".java");
            try {
                if (Files.isRegularFile(test) && word.matcher(Files.readString(test)).find()) {
                    users.add(e);
                }
            } catch (IOException ex) {
                // unreadable: not a user
            }
        }
        return users;
    }

    /**
     * The kit and the test libraries from this JVM's class path: no chapter's classes (of this
     * course or any other), so that only the copy's own code is graded. They come first on every
     * class path the grader builds, so that a student's class cannot stand in for a library's.
     */
    static List<String> libraries(Path course) {
        Pattern chapter = Pattern.compile("ch\\d\\d-[^/\\\\]+");
        return TestJvm.libraries(course).stream().filter(entry -> {
            for (Path part : Path.of(entry)) {
                String name = part.toString();
                if (chapter.matcher(name).matches() || name.matches("ch\\d\\d-.*\\.jar")) {
                    return false;
                }
            }
            return true;
        }).map(entry -> Path.of(entry).toAbsolutePath().normalize().toString()).toList();
    }

    // ---------------------------------------------------------------- small helpers

    static double sum(List<Row> rows) {
        return Math.round(10.0 * rows.stream().mapToDouble(Row::points).sum()) / 10.0;
    }

    static String fmt(double points) {
        return points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points);
    }

    static String gradedAt() {
        String fixed = System.getProperty("course.grade.time", "");
        return fixed.isBlank() ? Instant.now().truncatedTo(ChronoUnit.SECONDS).toString() : fixed.strip();
    }

    /** An ISO time with any offset, as UTC: "2026-12-19T22:03:00+01:00" → "2026-12-19T21:03:00Z". */
    static String utc(String time) {
        try {
            return OffsetDateTime.parse(time.strip()).toInstant().toString();
        } catch (java.time.format.DateTimeParseException e) {
            return time.strip();
        }
    }

    static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }

    private static int intProperty(String name, int orElse) {
        String value = System.getProperty(name, "").strip();
        return value.matches("\\d+") ? Integer.parseInt(value) : orElse;
    }
}

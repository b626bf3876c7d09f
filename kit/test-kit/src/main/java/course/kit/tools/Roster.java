package course.kit.tools;

import course.kit.Course;
import course.kit.tools.Exercises.Exercise;
import course.kit.tools.Grade.ChapterGrade;
import course.kit.tools.Grade.CopyGrade;
import course.kit.tools.Grade.Row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Grading a class: every folder of a roster folder is one student's clone (its name is the
 * student's id). See {@link Grade} for what is graded, and how.
 *
 * <p>Each student's copy is exported from git into {@code OUT/roster/ID/copy/} (the chapters'
 * {@code src/main/java} of one commit, nothing else) and compiled and tested in
 * {@code OUT/roster/ID/work/}, against this checkout's tests, kit and JUnit settings: a student's
 * tests, poms, {@code .mvn} or settings are never read, and nothing of the student's runs but the
 * exercise code under test. Up to {@link Grade#CHAPTERS_AT_ONCE} chapters (of any students) are
 * graded at the same time.
 *
 * <p>A file {@code roster.txt} in the roster folder (one id per line; {@code #} starts a comment)
 * names students who must have a folder: a missing one gets a row "no copy".
 */
final class Roster {

    private Roster() {
    }

    /** A student's copy, ready to grade, or the reason it cannot be ({@code note} not empty). */
    private record Copy(String student, String commit, String commitTime, String note, Path main,
                        Map<String, String> missingChapters) {
    }

    static List<CopyGrade> grade(Path course, Path rosterDir, Optional<Instant> deadline, Path out) throws IOException {
        long started = System.nanoTime();
        if (!Files.isDirectory(rosterDir)) {
            throw new IOException("the roster folder " + rosterDir + " does not exist");
        }
        Path students = out.resolve("roster");
        Compile.deleteTree(students);
        Files.createDirectories(students);
        String due = deadline.map(Instant::toString).orElse("");
        List<String> chapters = Course.chapterModules(course).stream().map(p -> p.getFileName().toString()).toList();
        List<Exercise> exercises = chapters.stream().flatMap(m -> Exercises.of(course, m).stream()).toList();
        String gradedAt = Grade.gradedAt();

        TreeSet<String> ids = new TreeSet<>();
        try (Stream<Path> folders = Files.list(rosterDir)) {
            folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .forEach(ids::add);
        }
        Path listed = rosterDir.resolve("roster.txt");
        if (Files.isRegularFile(listed)) {
            Files.readAllLines(listed).stream().map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty())
                    .forEach(ids::add);
        }
        System.out.println("Roster " + rosterDir + ": " + ids.size() + " students" + (due.isEmpty() ? "" : ", deadline " + due));

        List<CopyGrade> grades = new ArrayList<>();
        Map<String, List<Future<ChapterGrade>>> pending = new LinkedHashMap<>();
        Map<String, Copy> copies = new LinkedHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Grade.CHAPTERS_AT_ONCE);
             ExecutorService exports = Executors.newVirtualThreadPerTaskExecutor()) {
            // Export every copy first (git, quick), then grade their chapters on the pool, students in order.
            Map<String, Future<Copy>> exported = new LinkedHashMap<>();
            for (String id : ids) {
                exported.put(id, exports.submit(() -> export(rosterDir.resolve(id), id, students.resolve(id), chapters, deadline)));
            }
            for (String id : ids) {
                Copy copy = get(exported.get(id), id);
                copies.put(id, copy);
                if (!copy.note().isEmpty()) {
                    continue;
                }
                Path home = students.resolve(id);
                Grade.Job job = new Grade.Job(course, home.resolve("work"), module -> copy.main().resolve(module).resolve("src/main/java"),
                        module -> Exercises.of(course, module), null,
                        (module, relative) -> courseStub(course, module, relative), List.of(), copy.missingChapters());
                pending.put(id, Grade.submitChapters(job, pool));
            }
            for (String id : ids) {
                Copy copy = copies.get(id);
                CopyGrade grade;
                if (!copy.note().isEmpty()) {
                    grade = notGraded(copy, due, gradedAt, exercises, chapters);
                } else {
                    List<ChapterGrade> graded;
                    try {
                        graded = Grade.collect(pending.get(id));
                    } catch (IOException e) {
                        // One student's failure (a bug of the grader's, most likely) never stops the others.
                        e.printStackTrace();
                        grade = notGraded(new Copy(id, copy.commit(), copy.commitTime(), "could not be graded: " + e.getMessage(),
                                copy.main(), Map.of()), due, gradedAt, exercises, chapters);
                        finish(grade, students.resolve(id), grades);
                        continue;
                    }
                    String note = copy.missingChapters().isEmpty() ? ""
                            : "no " + String.join(", ", copy.missingChapters().keySet()) + " in the copy";
                    grade = new CopyGrade(id, copy.commit(), copy.commitTime(), due, gradedAt, note, List.of(), graded);
                }
                finish(grade, students.resolve(id), grades);
            }
        }
        Files.writeString(out.resolve("class.csv"), Report.classCsv(grades, exercises));
        String courseCommit = "";
        Git git = new Git(course);
        if (git.isRepository()) {
            Git.Result head = git.run("rev-parse", "HEAD");
            courseCommit = head.ok() ? head.text() : "";
        }
        String heading = "Graded " + gradedAt + (due.isEmpty() ? "" : ", deadline " + due) + ", with the tests of the course"
                + (courseCommit.isEmpty() ? "" : " at commit `" + Report.shortCommit(courseCommit) + "`")
                + "; each exercise is worth " + Grade.POINTS_PER_EXERCISE + " points. Per student: `roster/ID/grade.md`, "
                + "`grade.json` and `feedback.md`.";
        Files.writeString(out.resolve("class.md"), Report.classMarkdown(grades, exercises, heading));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("%nGraded %d students in %d min %d s: %s and %s%n", grades.size(), took.toMinutes(),
                took.toSecondsPart(), out.resolve("class.csv"), out.resolve("class.md"));
        return grades;
    }

    private static void finish(CopyGrade grade, Path dir, List<CopyGrade> grades) throws IOException {
        Report.write(grade, dir);
        grades.add(grade);
        System.out.printf("  %-24s %6s / %d   %s%n", grade.student(), Grade.fmt(grade.points()), grade.maxPoints(),
                Report.classNote(grade));
    }

    private static <T> T get(Future<T> future, String id) throws IOException {
        try {
            return future.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("student " + id + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Every exercise 0, with the note as its status: a copy that could not be graded at all. */
    private static CopyGrade notGraded(Copy copy, String due, String gradedAt, List<Exercise> exercises, List<String> chapters) {
        List<ChapterGrade> graded = new ArrayList<>();
        for (String module : chapters) {
            graded.add(new ChapterGrade(module, false, List.of(), List.of(), exercises.stream()
                    .filter(e -> e.module().equals(module))
                    .map(e -> new Row(e, 0, 0, 0, "not graded: " + copy.note(), List.of())).toList()));
        }
        return new CopyGrade(copy.student(), copy.commit(), copy.commitTime(), due, gradedAt, copy.note(), List.of(), graded);
    }

    /**
     * Exports the chapters' {@code src/main/java} of the student's last commit before the deadline
     * into {@code home/copy}, with git's object store only: no checkout, so nothing in the student's
     * work tree or hooks is read or run.
     */
    static Copy export(Path clone, String id, Path home, List<String> chapters, Optional<Instant> deadline) throws IOException {
        Path main = home.resolve("copy");
        if (!Files.isDirectory(clone)) {
            return new Copy(id, "", "", "no copy: there is no folder " + clone.getFileName(), main, Map.of());
        }
        try (Stream<Path> files = Files.list(clone)) {
            if (files.findAny().isEmpty()) {
                return new Copy(id, "", "", "no copy: the folder is empty", main, Map.of());
            }
        }
        Git git = new Git(clone);
        if (!git.isRepository()) {
            return new Copy(id, "", "", "not a git repository", main, Map.of());
        }
        List<String> log = new ArrayList<>(List.of("log", "-1", "--format=%H%n%cI"));
        deadline.ifPresent(d -> log.add("--before=" + d));
        log.add("HEAD");
        Git.Result head = git.run(log.toArray(String[]::new));
        if (!head.ok() || head.text().isEmpty()) {
            // Not ok: HEAD has no commit at all (an empty repository). Ok but empty: none before the deadline.
            String why = head.ok() && deadline.isPresent() ? "no commit before the deadline " + deadline.get() : "no commit";
            return new Copy(id, "", "", why, main, Map.of());
        }
        String[] lines = head.text().split("\n");
        String commit = lines[0];
        String commitTime = Grade.utc(lines[1]);
        Map<String, byte[]> files = git.files(commit, path -> chapters.stream()
                .anyMatch(c -> path.startsWith(c + "/src/main/java/") && path.endsWith(".java")));
        Path root = main.toAbsolutePath().normalize();
        for (var file : files.entrySet()) {
            Path target = root.resolve(file.getKey()).normalize();
            if (!target.startsWith(root)) {
                continue;   // a path that would leave the copy: git does not make those, so neither do we
            }
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        Map<String, String> missing = new LinkedHashMap<>();
        for (String chapter : chapters) {
            if (!Files.isDirectory(root.resolve(chapter).resolve("src/main/java"))) {
                missing.put(chapter, "no chapter " + chapter + " in the copy");
            }
        }
        return new Copy(id, commit, commitTime, "", root, missing);
    }

    /** The course's own stub of an exercise file: this checkout's, which the roster is graded with. */
    private static Optional<byte[]> courseStub(Path course, String module, String relative) {
        Path file = course.resolve(module).resolve("src/main/java").resolve(relative);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

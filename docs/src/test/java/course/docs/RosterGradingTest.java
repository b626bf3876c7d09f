package course.docs;

import course.kit.tools.Folders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roster grading ({@code CourseTools grade … --roster=DIR --deadline=…}) of a class of the course's
 * first two chapters (copied from this repository, with their real stubs, tests and reference
 * solutions): a solved copy, a partly solved one with a compile error in one stub, an empty
 * folder, and the other rows a roster can have (not a git repository, no commit before the
 * deadline, a chapter missing).
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
@Timeout(600)
@DisplayName("Grading a roster")
class RosterGradingTest {

    private static final Path ROOT = Repo.find().root();
    private static final List<String> CHAPTERS = List.of("ch01-exceptions", "ch02-concepts");
    private static final String DEADLINE = "2026-12-20T23:59:00Z";

    @TempDir
    static Path dir;
    static Path out;
    static String log;

    @BeforeAll
    @Timeout(600)
    static void gradeTheClass() throws Exception {
        Path course = dir.resolve("course");
        for (String chapter : CHAPTERS) {
            Folders.copy(ROOT.resolve(chapter).resolve("src"), course.resolve(chapter).resolve("src"));
        }
        Files.writeString(course.resolve("pom.xml"), "<project/>\n");

        Path roster = dir.resolve("roster");
        // solved: the reference solutions over the stubs, as the course check grades them.
        Map<String, String> solved = stubs(course);
        solutions().forEach((path, text) -> {
            if (CHAPTERS.stream().anyMatch(path::startsWith)) {
                solved.put(path, text);
            }
        });
        MadeUpCourse.student(roster.resolve("solved"), solved);
        // partly: three exercises of chapter 1 and one of chapter 2 solved; a stray line in the untouched ConfigFile stub.
        Map<String, String> partly = stubs(course);
        for (String name : List.of("ch01-exceptions/src/main/java/course/ch01/exercises/AgeParser.java",
                "ch01-exceptions/src/main/java/course/ch01/exercises/ExceptionKind.java",
                "ch01-exceptions/src/main/java/course/ch01/exercises/Retry.java",
                "ch02-concepts/src/main/java/course/ch02/exercises/Speedup.java")) {
            partly.put(name, solutions().get(name));
        }
        String configFile = "ch01-exceptions/src/main/java/course/ch01/exercises/ConfigFile.java";
        partly.put(configFile, partly.get(configFile).replaceFirst("\\}\\s*$", "    int unfinished =\n}\n"));
        MadeUpCourse.student(roster.resolve("partly"), partly);
        Files.createDirectories(roster.resolve("empty"));
        // Rows that need no test run: a folder without git, a commit after the deadline, a copy without chapter 1.
        Files.createDirectories(roster.resolve("nogit/ch01-exceptions"));
        Files.writeString(roster.resolve("nogit/notes.txt"), "not a clone\n");
        MadeUpCourse.student(roster.resolve("late"), solved);
        rewriteCommitTime(roster.resolve("late"));
        Map<String, String> onlyChapter2 = new LinkedHashMap<>();
        stubs(course).forEach((path, text) -> {
            if (path.startsWith("ch02-concepts/")) {
                onlyChapter2.put(path, text);
            }
        });
        MadeUpCourse.student(roster.resolve("half"), onlyChapter2);

        out = dir.resolve("out");
        Process grader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcourse.grade.classTimeLimit=180", "-cp", System.getProperty("java.class.path"),
                "course.kit.tools.CourseTools", "grade", course.toString(), out.toString(),
                "--roster=" + roster, "--deadline=" + DEADLINE)
                .redirectErrorStream(true).redirectOutput(dir.resolve("grader.log").toFile()).start();
        try {
            assertThat(grader.waitFor(540, TimeUnit.SECONDS)).as("the grader finished").isTrue();
        } finally {
            grader.destroyForcibly();
        }
        log = Files.readString(dir.resolve("grader.log"));
        assertThat(grader.exitValue()).as("grader exit code; log:%n%s", log).isZero();
    }

    private static Map<String, String> stubs(Path course) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String chapter : CHAPTERS) {
            Path main = course.resolve(chapter).resolve("src/main");
            try (Stream<Path> walk = Files.walk(main)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    files.put(course.relativize(f).toString().replace('\\', '/'), Files.readString(f));
                }
            }
        }
        return files;
    }

    /** The reference solutions, by the path of the stub each replaces. */
    private static Map<String, String> solutions() {
        Map<String, String> files = new LinkedHashMap<>();
        Path java = ROOT.resolve("solutions/src/main/java");
        try (Stream<Path> walk = Files.walk(java)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String relative = java.relativize(f).toString().replace('\\', '/');
                String chapter = Repo.find().chapterModules().stream().map(p -> p.getFileName().toString())
                        .filter(c -> relative.startsWith("course/" + c.substring(0, 4) + "/")).findFirst().orElseThrow();
                files.put(chapter + "/src/main/java/" + relative, Files.readString(f));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    private static void rewriteCommitTime(Path clone) {
        // The deadline is judged by the committer's time.
        ProcessBuilder amend = new ProcessBuilder("git", "-c", "commit.gpgsign=false", "commit", "-q", "--amend", "--no-edit")
                .directory(clone.toFile()).redirectErrorStream(true);
        amend.environment().putAll(Map.of("GIT_COMMITTER_DATE", "2026-12-21T10:00:00Z", "GIT_AUTHOR_DATE", "2026-12-21T10:00:00Z",
                "GIT_COMMITTER_NAME", "late", "GIT_COMMITTER_EMAIL", "late@example.com", "GIT_CONFIG_GLOBAL", "/dev/null"));
        try {
            Process p = amend.start();
            p.getInputStream().readAllBytes();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> csv() throws IOException {
        return Files.readString(out.resolve("class.csv")).lines().toList();
    }

    private static String row(String student) throws IOException {
        return csv().stream().filter(l -> l.startsWith(student + ",")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + student + " in class.csv; log:\n" + log));
    }

    @Test
    @DisplayName("class.csv has a column per exercise in course order, and a row per student in order")
    void header() throws IOException {
        assertThat(csv().getFirst()).isEqualTo("student,commit,commit time,1.3 AgeParser,1.3 LineCounts,1.4 ExceptionKind,"
                + "1.4 ConfigFile,1.5 BankAccount,1.6 ResourceGroup,1.6 Retry,2.3 Speedup,2.4 PollingWaiter,2.6 ExitClassifier,"
                + "2.7 PsTree,2.8 ThreadStateQuiz,2.9 ProcStatParser,total,max,note");
        assertThat(csv().stream().skip(1).map(l -> l.substring(0, l.indexOf(','))))
                .containsExactly("empty", "half", "late", "nogit", "partly", "solved");
    }

    @Test
    @DisplayName("the solved copy scores every point")
    void solved() throws IOException {
        assertThat(row("solved")).matches("solved,[0-9a-f]{40},2026-12-19T12:00:00Z" + ",10".repeat(13) + ",130,130,");
    }

    @Test
    @DisplayName("the partly solved copy: its solved exercises score, the compile error in one stub costs only that exercise")
    void partly() throws IOException {
        assertThat(row("partly")).matches("partly,[0-9a-f]{40},2026-12-19T12:00:00Z,10,0,10,0,0,0,10,10,0,0,0,0,0,40,130,"
                + "does not compile: ConfigFile");
        String grade = Files.readString(out.resolve("roster/partly/grade.md"));
        assertThat(grade).containsPattern("\\| ch01-exceptions \\| 1\\.4 \\| ConfigFile \\| medium \\| 0 / 13 \\| 0 / 10 \\| "
                        + "does not compile: ConfigFile\\.java:\\d+: .+ \\|")
                .contains("| ch01-exceptions | 1.3 | AgeParser | easy | 14 / 14 | 10 / 10 | solved |",
                        "| ch01-exceptions | 1.6 | Retry | hard | 12 / 12 | 10 / 10 | solved |",
                        "| ch02-concepts | 2.3 | Speedup | easy | 12 / 12 | 10 / 10 | solved |")
                .containsPattern("- `ch01-exceptions/src/main/java/course/ch01/exercises/ConfigFile\\.java`: ConfigFile\\.java:\\d+: .+ — "
                        + "graded as the course's stub: ConfigFile scores 0");
        assertThat(Files.readString(out.resolve("roster/partly/grade.json")))
                .containsPattern("\\{\"file\": \"ch01-exceptions/src/main/java/course/ch01/exercises/ConfigFile.java\", \"line\": \\d+, \"message\": ");
        String feedback = Files.readString(out.resolve("roster/partly/feedback.md"));
        assertThat(feedback).contains("`ch01-exceptions/src/main/java/course/ch01/exercises/ConfigFile.java` does not compile, "
                        + "so it was graded as the course's untouched stub:",
                "### §1.3 LineCounts (medium): 0 / 10", "TODO: implement countLines")
                .containsPattern("ConfigFile\\.java:\\d+: ");
    }

    @Test
    @DisplayName("an empty folder, a folder without git, a late commit and a missing chapter each get a row that says so")
    void rowsThatSaySo() throws IOException {
        assertThat(row("empty")).isEqualTo("empty,,," + "0,".repeat(13) + "0,130,no copy: the folder is empty");
        assertThat(row("nogit")).isEqualTo("nogit,,," + "0,".repeat(13) + "0,130,not a git repository");
        assertThat(row("late")).isEqualTo("late,,," + "0,".repeat(13) + "0,130,no commit before the deadline " + DEADLINE);
        assertThat(row("half")).matches("half,[0-9a-f]{40},2026-12-19T12:00:00Z" + ",0".repeat(13) + ",0,130,no ch01-exceptions in the copy");
        assertThat(Files.readString(out.resolve("roster/half/grade.md")))
                .contains("| ch01-exceptions | 1.3 | AgeParser | easy | 0 / ? | 0 / 10 | no chapter ch01-exceptions in the copy |",
                        "| ch02-concepts | 2.3 | Speedup | easy | 0 / 12 | 0 / 10 | 12 failing |");
        assertThat(Files.readString(out.resolve("roster/empty/grade.json"))).contains("\"note\": \"no copy: the folder is empty\"",
                "\"points\": 0,");
    }

    @Test
    @DisplayName("each student's copy was exported from git into the grader's folder, and nothing was left running")
    void isolated() {
        assertThat(out.resolve("roster/solved/copy/ch01-exceptions/src/main/java/course/ch01/exercises/AgeParser.java")).exists();
        assertThat(out.resolve("roster/solved/copy/pom.xml")).as("only the chapters' src/main/java is exported").doesNotExist();
        assertThat(out.resolve("class.md")).content().contains("| solved | `", "| **130** / 130 |");
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).as("JVMs left by the grader").isEmpty();
    }
}

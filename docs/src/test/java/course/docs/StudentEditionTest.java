package course.docs;

import course.kit.tools.Integrity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/make-student-edition.sh}, run on this repository's last commit into a temporary
 * folder, and the edition tried as a student would: its pages, and its commands.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
@Timeout(300)
@DisplayName("The student edition")
class StudentEditionTest {

    private static final Path ROOT = Repo.find().root();

    @TempDir
    static Path dir;
    static Path edition;
    static Run made;

    record Run(int exitCode, String output) {
    }

    /** A command in a folder, its output (both streams); it must end within {@code seconds}. */
    static Run run(Path folder, long seconds, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "run", ".log");
        Process p = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        p.getOutputStream().close();
        try {
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                throw new AssertionError(Arrays.toString(command) + " did not end within " + seconds + " s; output:\n"
                        + Files.readString(log));
            }
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The edition's Maven, offline (what it needs is in the local repository after the course's own build). */
    static Run maven(long seconds, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(edition.resolve("mvnw").toString(), "-o", "-q", "-B"));
        command.addAll(List.of(args));
        return run(edition, seconds, command.toArray(String[]::new));
    }

    @BeforeAll
    static void makeTheEdition() throws Exception {
        edition = dir.resolve("student");
        made = run(ROOT, 90, "bash", ROOT.resolve("docs/make-student-edition.sh").toString(), edition.toString());
        assertThat(made.exitCode()).as("exit code; output:%n%s", made.output()).isZero();
    }

    @Test
    @DisplayName("holds the course without solutions/, the grading guide, the script and the instructor parts of the pages")
    void whatItHolds() throws IOException {
        for (String gone : List.of("solutions", "docs/grading.md", "docs/make-student-edition.sh", ".ci", ".github/workflows/ci.yml")) {
            assertThat(edition.resolve(gone)).as(gone).doesNotExist();
        }
        List<String> original = Files.readAllLines(ROOT.resolve("pom.xml"));
        assertThat(Files.readAllLines(edition.resolve("pom.xml"))).as("the root pom, without its solutions module")
                .isEqualTo(original.stream().filter(l -> !l.strip().equals("<module>solutions</module>")).toList());
        assertThat(edition.resolve("mvnw")).as("the Maven wrapper").isExecutable();
        try (Stream<Path> files = Files.walk(edition)) {
            List<Path> all = files.toList();
            assertThat(all).as("build output and git data left behind")
                    .noneMatch(p -> p.getFileName().toString().equals("target") || p.getFileName().toString().equals(".git"));
            for (Path page : all.stream().filter(p -> p.toString().endsWith(".md")).toList()) {
                assertThat(Files.readString(page)).as("instructor parts of %s", page).doesNotContain("<!-- instructor -->");
            }
        }
    }

    @Test
    @DisplayName("holds every file the manifest protects, unchanged, and every stub as handed out; the Classroom workflow, not the course's CI")
    void manifestHolds() throws Exception {
        List<Integrity.Entry> manifest = Integrity.read(edition).orElseThrow(() -> new AssertionError("no manifest in the edition"));
        assertThat(Integrity.protectedChanges(edition, manifest)).as("protected files of the edition that differ from the manifest"
                + " (made from the last commit: commit the manifest with what it lists)").isEmpty();
        assertThat(Integrity.stubChanges(edition, manifest)).as("stubs of the edition that differ from the manifest").isEmpty();
        assertThat(edition.resolve(".github/workflows/classroom.yml")).exists();
    }

    @Test
    @DisplayName("the script refuses a folder that is not empty, with exit code 2 and a reason, and leaves it alone")
    void refusesANonEmptyFolder(@TempDir Path other) throws Exception {
        Files.writeString(other.resolve("something.txt"), "keep me");
        Run run = run(ROOT, 90, "bash", ROOT.resolve("docs/make-student-edition.sh").toString(), other.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("exists and is not empty");
        assertThat(other.resolve("something.txt")).hasContent("keep me");
    }

    @Test
    @DisplayName("its pages pass every docs check: no dead link, no page naming what is not there")
    void pagesPassEveryCheck() {
        Generator generator = new Generator(Course.load(new Repo(edition)));
        for (Check check : Check.values()) {
            assertThat(check.run(generator).problems()).as("problems found by %s in the edition", check).isEmpty();
        }
    }

    @Test
    @DisplayName("is made from the last commit: an uncommitted solution and a new file stay behind, and are named")
    void uncommittedEditsStayBehind() throws Exception {
        Path clone = dir.resolve("clone");
        assertThat(run(dir, 60, "git", "clone", "-q", ROOT.toString(), clone.toString()).exitCode()).isZero();
        String stub = "ch01-exceptions/src/main/java/course/ch01/exercises/AgeParser.java";
        String committed = Files.readString(clone.resolve(stub));
        Files.writeString(clone.resolve(stub), committed.replace("throw new UnsupportedOperationException", "return 42; //"));
        Files.writeString(clone.resolve("ch01-exceptions/notes.txt"), "my notes");
        Path out = dir.resolve("from-clone");
        Run script = run(clone, 90, "bash", clone.resolve("docs/make-student-edition.sh").toString(), out.toString());
        assertThat(script.exitCode()).as("exit code; output:%n%s", script.output()).isZero();
        assertThat(out.resolve(stub)).hasContent(committed);
        assertThat(out.resolve("ch01-exceptions/notes.txt")).doesNotExist();
        assertThat(script.output()).contains("Left out, because they are not committed:", "  " + stub, "  ch01-exceptions/notes.txt");
    }

    @Test
    @DisplayName("refuses -Psolutions at once, with the line that says what to run instead")
    void refusesTheCourseCheck() throws Exception {
        Run check = maven(120, "verify", "-Psolutions");
        assertThat(check.exitCode()).isNotZero();
        assertThat(check.output()).contains("This is the student edition: it has no reference solutions, so no course check"
                + " (-Psolutions). Your progress: ./mvnw -q verify -Pgrade; one chapter: ./mvnw -q test -pl ch01-exceptions");
        assertThat(check.output()).doesNotContain("Tests run", "surefire");
    }

    @Test
    @DisplayName("runs a section's demos, then an exercise's tests with the failures and the board")
    void studentCommands() throws Exception {
        Run demos = maven(240, "-pl", "ch01-exceptions", "test-compile", "exec:exec", "-Dsection=1.2");
        assertThat(demos.exitCode()).as("exit code; output:%n%s", demos.output()).isZero();
        assertThat(demos.output()).contains("§1.2 Common exceptions (常见异常)", "=== course.ch01.s02_common.PythonToJavaTable");

        Run tests = maven(240, "test", "-pl", "ch01-exceptions", "-Dtest=AgeParserTest");
        assertThat(tests.exitCode()).as("the build fails while the exercise is not done; output:%n%s", tests.output()).isNotZero();
        assertThat(tests.output()).contains("✗ AgeParser (§1.3, easy): 0 of 14 tests pass — TODO: implement parseAge",
                "Chapter 1: 0 of 7 exercises done (6 not run this time)",
                "Next: AgeParser (§1.3, easy) in ch01-exceptions/src/main/java/course/ch01/exercises/AgeParser.java");
    }
}

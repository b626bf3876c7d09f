package course.docs;

import course.kit.tools.Integrity;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code docs/make-student-edition.sh}, run on this repository into a temporary folder. */
@EnabledOnOs({OS.LINUX, OS.MAC})
@Timeout(120)
@DisplayName("The student edition script")
class StudentEditionTest {

    private static final Path ROOT = Repo.find().root();

    record Run(int exitCode, String output) {
    }

    private static Run script(Path dest) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", ROOT.resolve("docs/make-student-edition.sh").toString(), dest.toString())
                .redirectErrorStream(true)
                .start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("the script did not finish in 90 s; output so far:\n" + output);
        }
        return new Run(p.exitValue(), output);
    }

    @Test
    @DisplayName("copies the course without solutions/ and drops only the solutions module line from the root pom")
    void makesTheStudentEdition(@TempDir Path dir) throws Exception {
        Path dest = dir.resolve("student");
        Run run = script(dest);
        assertThat(run.exitCode()).as("exit code; output:%n%s", run.output()).isZero();

        assertThat(dest.resolve("solutions")).as("the solutions folder").doesNotExist();
        List<String> original = Files.readAllLines(ROOT.resolve("pom.xml"));
        List<String> copied = Files.readAllLines(dest.resolve("pom.xml"));
        assertThat(copied).as("the root pom of the student edition")
                .isEqualTo(original.stream().filter(l -> !l.strip().equals("<module>solutions</module>")).toList());
        assertThat(copied).as("the root pom keeps the other modules")
                .contains("    <module>ch01-exceptions</module>", "    <module>docs</module>");
        assertThat(original.size() - copied.size()).as("lines removed from the root pom (none in a student edition)")
                .isEqualTo(original.stream().filter(l -> l.strip().equals("<module>solutions</module>")).count());

        assertThat(dest.resolve("mvnw")).as("the Maven wrapper").isExecutable();
        assertThat(dest.resolve(".mvn/wrapper/maven-wrapper.properties")).exists();
        assertThat(dest.resolve("docs/README.md")).exists();
        for (Path module : new Repo(ROOT).chapterModules()) {
            Path chapter = dest.resolve(module.getFileName().toString());
            assertThat(chapter.resolve("pom.xml")).as("the chapter %s", module.getFileName()).exists();
            assertThat(Files.readAllBytes(chapter.resolve("src/main/java/course/" + module.getFileName().toString().substring(0, 4)
                    + "/Chapter" + module.getFileName().toString().substring(2, 4) + ".java")))
                    .as("the catalogue of %s, copied unchanged", module.getFileName())
                    .isEqualTo(Files.readAllBytes(module.resolve("src/main/java/course/" + module.getFileName().toString().substring(0, 4)
                            + "/Chapter" + module.getFileName().toString().substring(2, 4) + ".java")));
        }
        try (Stream<Path> files = Files.walk(dest)) {
            assertThat(files.filter(p -> p.getFileName().toString().equals("target") || p.getFileName().toString().equals(".git")))
                    .as("build output and git data left behind").isEmpty();
        }
    }

    @Test
    @DisplayName("holds every file the manifest protects, unchanged, and every stub as handed out; the Classroom workflow, not the course's CI")
    void manifestHolds(@TempDir Path dir) throws Exception {
        Path dest = dir.resolve("student");
        Run run = script(dest);
        assertThat(run.exitCode()).as("exit code; output:%n%s", run.output()).isZero();
        List<Integrity.Entry> manifest = Integrity.read(dest).orElseThrow(() -> new AssertionError("no manifest in the edition"));
        assertThat(Integrity.protectedChanges(dest, manifest)).as("protected files of the edition that differ from the manifest"
                + " (made from the last commit: commit the manifest with what it lists)").isEmpty();
        assertThat(Integrity.stubChanges(dest, manifest)).as("stubs of the edition that differ from the manifest").isEmpty();
        assertThat(dest.resolve(".github/workflows/classroom.yml")).exists();
        assertThat(dest.resolve(".github/workflows/ci.yml")).doesNotExist();
    }

    @Test
    @DisplayName("refuses a folder that is not empty, with exit code 2 and a reason")
    void refusesANonEmptyFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("something.txt"), "keep me");
        Run run = script(dir);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("exists and is not empty");
        assertThat(dir.resolve("something.txt")).hasContent("keep me");
    }
}

package course.kit.tools;

import course.kit.Course;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

/**
 * The progress board on a made-up chapter 7 of four exercises ({@code course.ch07.exercises}, in
 * this module's test sources): Alpha and Delta solved, Beta half done, Gamma an untouched stub. Its
 * tests really run, through the JUnit launcher, and write the same event files as a student's run.
 */
@DisplayName("The progress board")
class BoardTest {

    @TempDir
    static Path root;

    static final String MODULE = "ch07-fixture";

    @BeforeAll
    static void runTheMadeUpChapter() throws IOException {
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path sources = Course.root().resolve("kit/test-kit/src/test/java/course/ch07/exercises");
        Path tests = Files.createDirectories(root.resolve(MODULE + "/src/test/java/course/ch07/exercises"));
        try (Stream<Path> files = Files.list(sources)) {
            for (Path f : files.toList()) {
                Files.copy(f, tests.resolve(f.getFileName()));
            }
        }
        var request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("course.ch07.exercises"))
                .configurationParameter("junit.platform.reporting.open.xml.enabled", "true")
                .configurationParameter("junit.platform.reporting.output.dir",
                        root.resolve(MODULE + "/" + TestEvents.FOLDER + "/1").toString())
                .build();
        LauncherFactory.create().execute(request);
    }

    private static String chapterBoard() throws IOException {
        return Board.board("Chapter 7", List.of(new Board.ChapterResults(MODULE, Exercises.of(root, MODULE),
                TestEvents.read(root.resolve(MODULE)))));
    }

    @Test
    @DisplayName("reads each test with its display names and result, a parameterized test's invocations under it")
    void readsTheRun() throws IOException {
        List<TestEvents.Result> results = TestEvents.read(root.resolve(MODULE));
        assertThat(results).filteredOn(r -> r.className().endsWith("BetaTest"))
                .extracting(TestEvents.Result::displayName, TestEvents.Result::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("an empty text has length zero", TestEvents.Status.SUCCESSFUL),
                        org.assertj.core.groups.Tuple.tuple("the answer is forty-two", TestEvents.Status.FAILED),
                        org.assertj.core.groups.Tuple.tuple("words are long: the word [\"a\"] is long", TestEvents.Status.FAILED),
                        org.assertj.core.groups.Tuple.tuple("words are long: the word [\"bc\"] is long", TestEvents.Status.FAILED));
        assertThat(results).filteredOn(r -> r.className().endsWith("GammaTest")).allMatch(TestEvents.Result::isTodo);
    }

    @Test
    @DisplayName("with two of four exercises solved it says \"2 of 4\", lists them in course order and names the right Next")
    void boardOfAChapter() throws IOException {
        String board = chapterBoard();
        assertThat(board).contains("Chapter 7: 2 of 4 exercises done");
        assertThat(board.lines().filter(l -> l.startsWith("  7.")).map(l -> l.split("\\s+")[2]))
                .as("exercises in course order: by section, easy before hard, then by name")
                .containsExactly("Alpha", "Delta", "Beta", "Gamma");
        assertThat(board).containsPattern("7\\.1\\s+Alpha\\s+easy\\s+1/1\\s+done")
                .containsPattern("7\\.1\\s+Beta\\s+medium\\s+1/4\\n")
                .containsPattern("7\\.2\\s+Gamma\\s+hard\\s+0/2\\n");
        assertThat(board).contains("Next: Beta (§7.1, medium) in " + MODULE + "/src/main/java/course/ch07/exercises/Beta.java"
                + " — ./mvnw -q test -pl " + MODULE + " -Dtest=BetaTest");
    }

    @Test
    @DisplayName("names every failing test once: the stub's TODO once for all it fails, an assertion with its message and line")
    void quietFailures() throws IOException {
        StringBuilder out = new StringBuilder();
        int failed = Board.report(root, MODULE, out, true);
        String text = out.toString();
        assertThat(failed).isEqualTo(5);
        assertThat(text.replaceAll("\\s+", " ")).as("the untouched stub, wrapped lines joined")
                .contains("✗ Gamma (§7.2, hard): 0 of 2 tests pass — TODO: implement stub: the stub gives an answer"
                        + " · a bad call is refused");
        assertThat(text).contains("✗ Beta (§7.1, medium): 1 of 4 tests pass",
                "    • the answer is forty-two   (BetaTest.java:",
                "[the answer]", "expected: 42", "words are long: the word [\"a\"] is long", "words are long: the word [\"bc\"] is long");
        assertThat(text).doesNotContain("Alpha", "Delta", "\tat ");
    }

    @Test
    @DisplayName("fails the build for one chapter with a one-line reason, and leaves a whole-course run's failure to the last module")
    void failsTheBuild() {
        assertThatThrownBy(() -> Board.main(new String[]{root.toString(), root.resolve(MODULE).toString(), "[" + MODULE + "]", "true"}))
                .isInstanceOf(Board.TestsFailed.class).hasMessage("5 tests did not pass: see above");
    }

    @Test
    @DisplayName("with every exercise solved it says so")
    void allDone() {
        var alpha = new Exercises.Exercise(MODULE, "Alpha", "course.ch07.exercises.AlphaTest", "a", "b", "7.1", "easy", "", "", 0);
        var passed = new TestEvents.Result("course.ch07.exercises.AlphaTest", "Alpha", List.of("one"),
                TestEvents.Status.SUCCESSFUL, "", false);
        assertThat(Board.board("Chapter 7", List.of(new Board.ChapterResults(MODULE, List.of(alpha), List.of(passed)))))
                .contains("Chapter 7: 1 of 1 exercises done", "Every exercise is done.");
    }
}

package course.docs;

import course.kit.tools.Board;
import course.kit.tools.Exercises;
import course.kit.tools.TestEvents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * What a student sees after {@code ./mvnw -q test -pl ch01-exceptions} on the untouched chapter:
 * its exercise tests run here on the chapter's own stubs, and the test report formats the result.
 */
@DisplayName("The student's test report on the untouched chapter 1")
class QuietOutputTest {

    /** What Maven prints around the report when the build fails (-q): its error line and its advice. */
    static final int MAVEN_LINES = 10;

    @Test
    @Timeout(120)
    @DisplayName("stays within 80 lines with Maven's own, and names every failing exercise test once, without a stack trace")
    void untouchedChapterOne(@TempDir Path events) throws Exception {
        Path root = Repo.find().root();
        String module = "ch01-exceptions";
        List<Exercises.Exercise> exercises = Exercises.of(root, module);
        var request = LauncherDiscoveryRequestBuilder.request()
                .selectors(exercises.stream().map(e -> selectClass(e.testClass())).toList())
                .configurationParameter("junit.platform.reporting.open.xml.enabled", "true")
                .configurationParameter("junit.platform.reporting.output.dir", events.resolve("1").toString())
                .build();
        LauncherFactory.create().execute(request);
        List<TestEvents.Result> results = TestEvents.readFolder(events);

        StringBuilder out = new StringBuilder();
        int failed = Board.report(module, exercises, results, out, true);
        out.append(Board.board("Chapter 1", List.of(new Board.ChapterResults(module, exercises, results))));
        String text = out.toString();

        assertThat(failed).as("failing tests on the stubs").isEqualTo(results.stream().filter(r -> !r.container()).count());
        assertThat(text.lines().count() + MAVEN_LINES).as("lines printed:%n%s", text).isLessThanOrEqualTo(80);
        assertThat(text).doesNotContain("\tat ", "at org.junit", "at course.");
        String joined = text.replaceAll("\\s+", " ");
        Map<String, List<String>> invocations = new LinkedHashMap<>();
        for (TestEvents.Result r : results) {
            assertThat(joined).as("the failing test's name").contains(r.names().getFirst().replaceAll("\\s+", " "));
            if (r.names().size() > 1) {
                invocations.computeIfAbsent(r.className() + "#" + r.names().getFirst(), k -> new java.util.ArrayList<>())
                        .add(r.names().get(1));
            }
        }
        invocations.values().forEach(names -> assertThat(joined).as("each invocation of a parameterized test")
                .contains(String.join(", ", Board.varyingParts(names)).replaceAll("\\s+", " ")));
        for (Exercises.Exercise e : exercises) {
            assertThat(text).as("the board's row of %s", e.name()).containsPattern(
                    "\\n  " + java.util.regex.Pattern.quote(e.section()) + "\\s+" + e.name() + "\\s+" + e.difficulty() + "\\s+0/\\d+\\n");
        }
        assertThat(text).contains("Next: " + exercises.getFirst().name() + " (§");
    }
}

package course.docs;

import course.kit.tools.Exercises;
import course.kit.tools.Workflows;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two GitHub workflows cannot run here, so their structure is what is tested: the files are
 * the ones the course makes of its catalogue, every exercise has its Classroom step worth 10
 * points, every chapter its CI job, every command is one the grading guide documents, and no two
 * steps share a name or an id.
 */
@DisplayName("The GitHub workflows")
class WorkflowsTest {

    private static final Path ROOT = Repo.find().root();

    private static String read(String path) throws IOException {
        return Files.readString(ROOT.resolve(path));
    }

    private static List<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<Exercises.Exercise> exercises() {
        return new Repo(ROOT).chapterModules().stream()
                .flatMap(m -> Exercises.of(ROOT, m.getFileName().toString()).stream()).toList();
    }

    @Test
    @DisplayName("the committed files are exactly what the course makes of its exercises and chapters")
    void equalToTheCatalogue() throws IOException {
        assertThat(read(Workflows.CLASSROOM)).as("%s; regenerate with %s", Workflows.CLASSROOM, Generator.COMMAND)
                .isEqualTo(Workflows.classroom(ROOT));
        assertThat(read(Workflows.CI)).as("%s; regenerate with %s", Workflows.CI, Generator.COMMAND)
                .isEqualTo(Workflows.ci(ROOT));
    }

    @Test
    @DisplayName("classroom.yml: a step per exercise, 10 points each, ids and names unique, every result reported")
    void classroomSteps() throws IOException {
        String yml = read(Workflows.CLASSROOM);
        List<String> ids = all(yml, "^ {4}  id: (\\S+)$");
        List<String> names = all(yml, "^ {4}- name: (.+)$");
        List<String> testNames = all(yml, "^ {8}test-name: (.+)$");
        List<String> commands = all(yml, "^ {8}command: >-\\n {10}(.+)$");
        List<String> scores = all(yml, "^ {8}max-score: (\\d+)$");
        List<Exercises.Exercise> exercises = exercises();

        assertThat(ids).as("a step per exercise, in course order").hasSize(exercises.size()).doesNotHaveDuplicates()
                .containsExactlyElementsOf(exercises.stream().map(Workflows::stepId).toList());
        assertThat(names).as("step names").doesNotHaveDuplicates();
        assertThat(testNames).as("test names").hasSize(exercises.size()).doesNotHaveDuplicates();
        assertThat(scores).as("points per exercise").hasSize(exercises.size()).containsOnly("10");
        assertThat(commands).as("each exercise's command names its class")
                .containsExactlyElementsOf(exercises.stream().map(Workflows::solvedCommand).toList());
        for (Exercises.Exercise e : exercises) {
            assertThat(yml).contains("        " + Workflows.stepId(e).toUpperCase(java.util.Locale.ROOT)
                    + "_RESULTS: \"${{steps." + Workflows.stepId(e) + ".outputs.result}}\"");
        }
        assertThat(all(yml, "^ {8}runners: (.+)$")).containsExactly(String.join(",", ids));
        assertThat(all(yml, "^ {6}run: (.+)$")).as("the one shared step").containsExactly(Workflows.GRADE_COMMAND);
    }

    @Test
    @DisplayName("ci.yml: .ci/run on Linux, every chapter's tests on Windows and macOS")
    void ciJobs() throws IOException {
        String yml = read(Workflows.CI);
        List<String> chapters = new Repo(ROOT).chapterModules().stream().map(p -> p.getFileName().toString()).toList();
        assertThat(yml).contains("    runs-on: ubuntu-latest", "      run: " + Workflows.CI_COMMAND,
                "        os: [windows-latest, macos-latest]",
                "        chapter: [" + String.join(", ", chapters) + "]",
                "      run: " + Workflows.CHAPTER_TEMPLATE.replace(Workflows.CHAPTER_PLACEHOLDER, "${{ matrix.chapter }}"));
        assertThat(all(yml.substring(yml.indexOf("\njobs:\n")), "^ {2}(\\S+):$")).as("jobs").containsExactly("course-check", "chapters");
    }

    @Test
    @DisplayName("every command of both workflows is one the grading guide documents")
    void documentedCommands() throws IOException {
        String guide = read("docs/grading.md");
        assertThat(guide).as("docs/grading.md documents the commands of the workflows").contains(
                Workflows.GRADE_COMMAND, Workflows.SOLVED_TEMPLATE, Workflows.CI_COMMAND, Workflows.CHAPTER_TEMPLATE);
        // Every command in the files fits one of the documented forms.
        Pattern solved = Pattern.compile(Pattern.quote(Workflows.SOLVED_TEMPLATE)
                .replace(Workflows.CLASS_PLACEHOLDER, "\\E[\\w.$]+\\Q"));
        for (String command : all(read(Workflows.CLASSROOM), "^ {8}command: >-\\n {10}(.+)$")) {
            assertThat(command).matches(solved);
        }
        List<String> runs = new ArrayList<>(all(read(Workflows.CLASSROOM), "^ {6}run: (.+)$"));
        runs.addAll(all(read(Workflows.CI), "^ {6}run: (.+)$"));
        assertThat(runs).allSatisfy(run -> assertThat(run).isIn(Workflows.GRADE_COMMAND, Workflows.CI_COMMAND,
                Workflows.CHAPTER_TEMPLATE.replace(Workflows.CHAPTER_PLACEHOLDER, "${{ matrix.chapter }}")));
    }
}

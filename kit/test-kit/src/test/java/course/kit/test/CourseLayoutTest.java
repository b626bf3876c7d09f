package course.kit.test;

import course.kit.Course;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The one fact Maven makes the course write twice: which modules are chapters. */
@DisplayName("The course's chapters")
class CourseLayoutTest {

    private static final Path ROOT = Course.root();

    private static List<String> matches(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    @DisplayName("the chapter folders, the root pom's chapter modules and kit/chapters' dependencies name the same chapters, in order")
    void oneListOfChapters() throws Exception {
        List<String> folders = Course.chapterModules(ROOT).stream().map(p -> p.getFileName().toString()).toList();
        List<String> modules = matches(Files.readString(ROOT.resolve("pom.xml")), "<module>(ch\\d\\d-[^<]+)</module>");
        String chaptersPom = Files.readString(ROOT.resolve("kit/chapters/pom.xml"));
        List<String> classes = matches(chaptersPom, "<artifactId>(ch\\d\\d-[^<]+)</artifactId><version>[^<]+</version></dependency>");
        List<String> tests = matches(chaptersPom, "<artifactId>(ch\\d\\d-[^<]+)</artifactId><version>[^<]+</version><type>test-jar</type><scope>runtime</scope>");
        assertThat(folders).as("chapter folders").isNotEmpty();
        assertThat(modules).as("the root pom's chapter modules").isEqualTo(folders);
        assertThat(classes).as("kit/chapters/pom.xml: each chapter's classes").isEqualTo(folders);
        assertThat(tests).as("kit/chapters/pom.xml: each chapter's tests (test-jar)").isEqualTo(folders);
    }

    @Test
    @DisplayName("no module has JUnit settings of its own: the kit's apply to every test run, leak check included")
    void oneJunitConfiguration() throws Exception {
        try (var files = Files.walk(ROOT)) {
            assertThat(files.filter(f -> f.getFileName().toString().equals("junit-platform.properties"))
                    .filter(f -> !f.toString().contains("/target/"))
                    .map(f -> ROOT.relativize(f).toString()).toList())
                    .containsExactly("kit/test-kit/src/main/resources/junit-platform.properties");
        }
    }

    @Test
    @DisplayName("the root pom activates no profile by itself but the student profile: any other would switch that one off")
    void studentProfileStaysOn() throws Exception {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        assertThat(matches(pom, "(?s)<id>([^<]+)</id>\\s*<activation>"))
                .as("profiles of the root pom with an <activation> (Maven switches an activeByDefault profile off"
                        + " when another profile of the same pom is activated, by -P or otherwise)")
                .containsExactly("student");
    }
}

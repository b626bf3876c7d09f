package course.docs;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.fail;

/**
 * The checks of {@link Check}, run on this repository: one container per check, one test per
 * page (or chapter) it examined, so that a report shows at a glance which page is wrong. Each
 * failure lists its problems as {@code page:line: what is wrong}.
 */
@DisplayName("The pages are true to the code")
class DocsAreTrueTest {

    private static Generator generator;

    @BeforeAll
    static void readTheCourse() {
        generator = new Generator(Course.load(Repo.find()));
    }

    @TestFactory
    @DisplayName("every docs check, page by page")
    Stream<DynamicContainer> everyCheck() {
        return Arrays.stream(Check.values()).map(check -> {
            Check.Report report = check.run(generator);
            return DynamicContainer.dynamicContainer(check.title(), report.bySubject().entrySet().stream()
                    .map(subject -> DynamicTest.dynamicTest(subject.getKey(),
                            () -> assertNone(check, subject.getKey(), subject.getValue()))));
        });
    }

    static void assertNone(Check check, String subject, List<Problem> problems) {
        if (!problems.isEmpty()) {
            fail("%d problem%s in %s (%s):%n%s".formatted(problems.size(), problems.size() == 1 ? "" : "s", subject,
                    check.title(), problems.stream().map(p -> "  " + p).collect(Collectors.joining(System.lineSeparator()))));
        }
    }
}

package course.docs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Reading Markdown as GitHub does")
class MarkdownTest {

    @ParameterizedTest(name = "\"{0}\" → #{1}")
    @CsvSource(delimiter = '|', value = {
            "How to use the course as a student | how-to-use-the-course-as-a-student",
            "Chapter 1 — Exceptions (异常处理)   | chapter-1--exceptions-异常处理",
            "Python → Java                      | python--java",
            "§3.14 Shared data                  | 314-shared-data",
            "`try` without `else`               | try-without-else",
            "The [student edition](x.md)        | the-student-edition",
            "snake_case and CamelCase           | snake_case-and-camelcase",
            "队列(推荐使用)                     | 队列推荐使用"})
    @DisplayName("a heading's anchor is lower-case, punctuation dropped, spaces turned into hyphens, CJK kept")
    void slugs(String heading, String slug) {
        assertThat(Markdown.slug(heading)).isEqualTo(slug);
    }

    @Test
    @DisplayName("a page's anchors: headings (duplicates numbered), setext headings and HTML ids, not code")
    void anchors() {
        Markdown page = new Markdown("""
                # Title
                ## Same
                ## Same
                Setext heading
                --------------
                | 1.3 | <a id="s1-3"></a>Handling |
                ```
                # not a heading
                ```
                """);
        assertThat(page.anchors()).containsExactly("title", "same", "same-1", "setext-heading", "s1-3");
    }

    @Test
    @DisplayName("links are found outside code: inline, images, reference definitions, HTML; code spans hide them")
    void links() {
        Markdown page = new Markdown("""
                See [a](a.md#x "title"), ![img](pic.png) and `[not](a link)`.
                [ref]: <docs/b c.md>
                <a href="c.md">c</a>
                ```
                [not](in code)
                ```
                [`Code` text](d.java)
                """);
        assertThat(page.links()).extracting(Markdown.Link::line, Markdown.Link::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "a.md#x"), org.assertj.core.groups.Tuple.tuple(1, "pic.png"),
                org.assertj.core.groups.Tuple.tuple(2, "docs/b c.md"), org.assertj.core.groups.Tuple.tuple(3, "c.md"),
                org.assertj.core.groups.Tuple.tuple(7, "d.java"));
    }

    @Test
    @DisplayName("source regions lose their markers, nested markers and common indentation")
    void sourceRegions(@org.junit.jupiter.api.io.TempDir Path root) {
        Fixture.write(root.resolve("A.java"), """
                class A {
                    void f() {
                        // region outer
                        int a = 1;
                        // region inner
                        if (a > 0) {
                            a++;
                        }
                        // endregion
                        // endregion
                    }
                }
                """);
        Repo repo = new Repo(root);
        assertThat(Blocks.sourceRegion(repo, "A.java", "outer").lines()).containsExactly("int a = 1;", "if (a > 0) {", "    a++;", "}");
        assertThat(Blocks.sourceRegion(repo, "A.java", "inner").lines()).containsExactly("if (a > 0) {", "    a++;", "}");
        assertThatThrownBy(() -> Blocks.sourceRegion(repo, "A.java", "missing"))
                .hasMessage("A.java has no region 'missing' (mark it with `// region missing` … `// endregion`)");
        assertThatThrownBy(() -> Blocks.sourceRegion(repo, "B.java", "outer")).hasMessage("the source file B.java does not exist");
    }

    @Test
    @DisplayName("the repository root is found by walking up to the folder that holds mvnw")
    void findsRoot(@org.junit.jupiter.api.io.TempDir Path dir) {
        Fixture.copy(dir);
        Path deep = dir.resolve("ch01-exceptions/src/main/java");
        assertThat(Repo.findRoot(deep)).isEqualTo(dir.toAbsolutePath().normalize());
        assertThatThrownBy(() -> Repo.findRoot(dir.getParent())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no folder holding mvnw and pom.xml");
    }
}

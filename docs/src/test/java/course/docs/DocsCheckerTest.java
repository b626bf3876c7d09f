package course.docs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static course.docs.Fixture.edit;
import static course.docs.Fixture.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks themselves, on the sample repository of {@link Fixture}: untouched it passes every
 * check; each test breaks one thing and asserts that the right check reports it with the page,
 * the line and what is wrong — and that no other check complains.
 */
@DisplayName("The docs checks find what is broken, with page and line")
class DocsCheckerTest {

    private static final String MAP = "docs/README.md";
    private static final String OTHER = "docs/other.md";
    private static final String CHAPTER = "ch01-exceptions/README.md";
    private static final String STUB = "ch01-exceptions/src/main/java/course/ch01/exercises/AgeParser.java";
    private static final String COUNTER = "ch01-exceptions/src/main/java/course/ch01/s03_handling/LineCounter.java";
    private static final String TEST = "ch01-exceptions/src/test/java/course/ch01/exercises/AgeParserTest.java";

    @TempDir
    Path root;

    private List<String> problems(Check check) {
        return problems(check, Fixture.generator(root));
    }

    private static List<String> problems(Check check, Generator generator) {
        return check.run(generator).problems().stream().map(Problem::toString).toList();
    }

    /** Every check but {@code check} finds nothing. */
    private void onlyReportedBy(Check... checks) {
        Generator generator = Fixture.generator(root);
        for (Check other : Check.values()) {
            if (!Arrays.asList(checks).contains(other)) {
                assertThat(problems(other, generator)).as("problems found by %s", other).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Check.class)
    @DisplayName("the untouched sample passes every check, and the check looked at something")
    void untouchedSamplePasses(Check check) {
        Fixture.copy(root);
        Check.Report report = check.run(Fixture.generator(root));
        assertThat(report.bySubject()).as("subjects examined by %s", check).isNotEmpty();
        assertThat(report.problems()).as("problems found by %s", check).isEmpty();
    }

    // ------------------------------------------------------------------ links

    @Test
    @DisplayName("a dead link is reported with its page and line")
    void deadLink() {
        Fixture.copy(root);
        edit(root, MAP, "[the other page](other.md)", "[the other page](othr.md)");
        assertThat(problems(Check.LINKS)).containsExactly(MAP + ":" + lineOf(root, MAP, "othr.md")
                + ": link [the other page](othr.md): there is no file or folder docs/othr.md");
        onlyReportedBy(Check.LINKS);
    }

    @Test
    @DisplayName("a link to an anchor that no heading gives is reported, Chinese headings included")
    void deadAnchor() {
        Fixture.copy(root);
        edit(root, MAP, "(other.md#异常处理-and-try)", "(other.md#异常处理)");
        assertThat(problems(Check.LINKS)).containsExactly(MAP + ":" + lineOf(root, MAP, "other.md#异常处理)")
                + ": link [Chinese heading](other.md#异常处理): there is no anchor #异常处理 in docs/other.md"
                + " (no heading or id gives it)");
    }

    @Test
    @DisplayName("anchors of the same page, of duplicate headings, and line anchors past the end are checked")
    void anchorsOfAllKinds() {
        Fixture.copy(root);
        edit(root, OTHER, "(#duplicate-1)", "(#duplicate-2)");
        edit(root, OTHER, "LineCounter.java#L8", "LineCounter.java#L800");
        assertThat(problems(Check.LINKS)).containsExactly(
                OTHER + ":" + lineOf(root, OTHER, "#L800") + ": link [source, line 8](../ch01-exceptions/src/main/java/course/ch01/s03_handling/LineCounter.java#L800):"
                        + " #L800 is past the end of " + COUNTER + " (35 lines)",
                OTHER + ":" + lineOf(root, OTHER, "#duplicate-2") + ": link [Second duplicate](#duplicate-2): there is no anchor #duplicate-2 in docs/other.md"
                        + " (no heading or id gives it)");
    }

    @Test
    @DisplayName("a section's anchor on the course map disappears with its row")
    void anchorOfARowThatIsGone() {
        Fixture.copy(root);
        edit(root, OTHER, "(README.md#s1-3)", "(README.md#s1-4)");
        assertThat(problems(Check.LINKS)).containsExactly(OTHER + ":" + lineOf(root, OTHER, "#s1-4") + ": link [§1.3](README.md#s1-4): there is no anchor"
                + " #s1-4 in docs/README.md (no heading or id gives it)");
    }

    @Test
    @DisplayName("a broken reference-style link definition is reported")
    void deadReferenceDefinition() {
        Fixture.copy(root);
        edit(root, OTHER, "[map]: README.md", "[map]: MAP.md");
        assertThat(problems(Check.LINKS)).containsExactly(OTHER + ":" + lineOf(root, OTHER, "[map]: MAP.md") + ": link [map](MAP.md): there is no file or folder docs/MAP.md");
    }

    @Test
    @DisplayName("links into solutions/ are only checked where the solutions are part of the checkout")
    void solutionsOnlyWhereTheyExist() throws IOException {
        Fixture.copy(root);
        assertThat(problems(Check.NAMED_FILES)).isEmpty();
        Files.createDirectories(root.resolve("solutions"));
        assertThat(problems(Check.NAMED_FILES)).containsExactly("README.md:4: names solutions/tools/CourseTools.java,"
                + " but no such file is in the repository");
    }

    // ------------------------------------------------------------------ sections, demos and exercises in the READMEs

    @Test
    @DisplayName("a deleted section row is reported at the row it belongs after")
    void missingSectionRow() {
        Fixture.copy(root);
        edit(root, CHAPTER, "| 1.2 | Common exceptions | 常见异常 | — | `./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=1.2` |\n", "");
        assertThat(problems(Check.CHAPTER_SECTIONS)).containsExactly(CHAPTER + ":" + lineOf(root, CHAPTER, "| 1.1 |")
                + ": no row `| 1.2 |` for §1.2 Common exceptions (常见异常); it belongs after the row of §1.1");
        onlyReportedBy(Check.CHAPTER_SECTIONS);
    }

    @Test
    @DisplayName("a row whose title, order or run command disagrees with the catalogue is reported")
    void rowDisagreesWithCatalogue() {
        Fixture.copy(root);
        edit(root, CHAPTER, "| 1.2 | Common exceptions | 常见异常 |", "| 1.2 | Usual exceptions | 常见异常 |");
        edit(root, CHAPTER, "-Dsection=1.3` |", "-Dsection=1.2` |");
        int row12 = lineOf(root, CHAPTER, "| 1.2 |");
        int row13 = lineOf(root, CHAPTER, "| 1.3 |");
        assertThat(problems(Check.CHAPTER_SECTIONS)).containsExactly(
                CHAPTER + ":" + row12 + ": the row of §1.2 does not give the catalogue's English title 'Common exceptions'",
                CHAPTER + ":" + row13 + ": the run command in the row of §1.3 runs `-Dsection=1.2`");
    }

    @Test
    @DisplayName("rows out of catalogue order, twice, or for a section the catalogue lacks are reported")
    void rowsOutOfOrderDuplicatedOrUnknown() {
        Fixture.copy(root);
        String row11 = "| 1.1 | Exceptions | 异常 | — | `./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=1.1` |\n";
        String row12 = "| 1.2 | Common exceptions | 常见异常 | — | `./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=1.2` |\n";
        edit(root, CHAPTER, row11 + row12, row12 + row11 + "| 1.7 | Extra | 额外 | — | — |\n" + "| 1.1 | Again | 异常 |\n");
        int first = lineOf(root, CHAPTER, "| 1.2 |");
        assertThat(problems(Check.CHAPTER_SECTIONS)).containsExactly(
                CHAPTER + ":" + (first + 3) + ": §1.1 has more than one row (lines [" + (first + 1) + ", " + (first + 3) + "])",
                CHAPTER + ":" + first + ": the row of §1.2 comes before the row of §1.1 (line " + (first + 1)
                        + "); the catalogue's order is 1.1, 1.2",
                CHAPTER + ":" + (first + 2) + ": a row for §1.7, which the catalogue of ch01 does not have (its sections: [1.1, 1.2, 1.3])");
    }

    @Test
    @DisplayName("only the first table with rows of the chapter is its section table: an errata table with a § column is not")
    void onlyTheSectionTableCounts() {
        Fixture.copy(root);
        edit(root, CHAPTER, "## Where Java differs from Python", "## Mistakes in the original\n\n| § | Mistake |\n|---|---|\n"
                + "| 1.2 | a typo |\n| 1.9 | not a section row |\n\n## Where Java differs from Python");
        assertThat(problems(Check.CHAPTER_SECTIONS)).isEmpty();
        edit(root, CHAPTER, "| 1.3 | Handling exceptions |", "| 1.4 | Handling exceptions |");
        assertThat(problems(Check.CHAPTER_SECTIONS)).containsExactly(
                CHAPTER + ":" + lineOf(root, CHAPTER, "| 1.2 | Common") + ": no row `| 1.3 |` for §1.3 Handling exceptions (异常处理);"
                        + " it belongs after the row of §1.2",
                CHAPTER + ":" + lineOf(root, CHAPTER, "| 1.4 |") + ": a row for §1.4, which the catalogue of ch01 does not have"
                        + " (its sections: [1.1, 1.2, 1.3])");
    }

    @Test
    @DisplayName("a missing chapter README is reported by the section, demo and exercise checks")
    void missingChapterReadme() throws IOException {
        Fixture.copy(root);
        Files.delete(root.resolve(CHAPTER));
        assertThat(problems(Check.CHAPTER_SECTIONS)).containsExactly(CHAPTER
                + ":1: the chapter README is missing; it must have a row `| N.M |` for each of the 3 sections of ch01");
        assertThat(problems(Check.CHAPTER_DEMOS)).containsExactly(
                CHAPTER + ":1: the demo GuessTheAge of §1.3 is not listed: the chapter README is missing",
                CHAPTER + ":1: the demo LineCounter of §1.3 is not listed: the chapter README is missing");
        assertThat(problems(Check.CHAPTER_EXERCISES)).containsExactly(
                CHAPTER + ":1: the exercise AgeParser (§1.3, easy) is not listed: the chapter README is missing");
    }

    @Test
    @DisplayName("a renamed demo class: its row, the stale course map and the dead links are all reported")
    void renamedDemo() throws IOException {
        Fixture.copy(root);
        Path old = root.resolve(COUNTER);
        Files.writeString(old.resolveSibling("FileLineCounter.java"),
                Repo.read(old).replace("class LineCounter", "class FileLineCounter"));
        Files.delete(old);
        Generator renamed = new Generator(Fixture.course(root, Fixture.GUESS, "course.ch01.s03_handling.FileLineCounter"));

        int row = lineOf(root, CHAPTER, "| 1.3 |");
        assertThat(problems(Check.CHAPTER_DEMOS, renamed)).containsExactly(CHAPTER + ":" + row
                + ": the row of §1.3 does not name the demo FileLineCounter (course.ch01.s03_handling.FileLineCounter) of the catalogue");
        assertThat(problems(Check.GENERATED_REGIONS, renamed)).containsExactly(MAP + ":" + lineOf(root, MAP, "| 1.3 |")
                + ": the generated region 'sections ch01' (line " + lineOf(root, MAP, "generated: sections ch01")
                + ") is out of date: at column 150 expected `…/ch01/s03_handling/GuessTheAge.java), [`FileLineCounter`](../ch01-exceptions/src/main/java/course/ch…`"
                + " but found `…/ch01/s03_handling/GuessTheAge.java), [`LineCounter`](../ch01-exceptions/src/main/java/course/ch01/s…`;"
                + " run `./mvnw -q -pl docs -am process-test-classes -Ppages` to regenerate the pages");
        assertThat(problems(Check.LINKS, renamed)).anySatisfy(p -> assertThat(p).startsWith(CHAPTER + ":" + row + ": link [`LineCounter`]"))
                .anySatisfy(p -> assertThat(p).startsWith(MAP + ":" + lineOf(root, MAP, "| 1.3 |") + ": link [`LineCounter`]"))
                .anySatisfy(p -> assertThat(p).startsWith(OTHER + ":" + lineOf(root, OTHER, "#L8)") + ": link [source, line 8]"));
        assertThat(problems(Check.EXCERPTS, renamed)).containsExactly(MAP + ":" + lineOf(root, MAP, "<!-- excerpt:")
                + ": the excerpt of " + COUNTER + "#else-idiom cannot be checked: the source file " + COUNTER + " does not exist");
        assertThat(problems(Check.NAMED_FILES, renamed)).containsExactly(
                CHAPTER + ":" + lineOf(root, CHAPTER, "No `else`") + ": names course.ch01.s03_handling.LineCounter#main, but there is no"
                        + " package or class course.ch01.s03_handling.LineCounter in the sources",
                MAP + ":" + lineOf(root, MAP, "The demo `LineCounter.java`") + ": names LineCounter.java, but no such file is in the repository",
                MAP + ":" + lineOf(root, MAP, "The demo `LineCounter.java`") + ": names ch01-exceptions/.../LineCounter.java,"
                        + " but no such file is in the repository");
    }

    @Test
    @DisplayName("a demo whose name appears only in a link target, not in the visible row, is not listed")
    void demoNamedOnlyInLinkTarget() {
        Fixture.copy(root);
        edit(root, CHAPTER, "[`GuessTheAge`](src/", "[`GuessAge`](src/");
        assertThat(problems(Check.CHAPTER_DEMOS)).containsExactly(CHAPTER + ":" + lineOf(root, CHAPTER, "| 1.3 |")
                + ": the row of §1.3 does not name the demo GuessTheAge (course.ch01.s03_handling.GuessTheAge) of the catalogue");
        onlyReportedBy(Check.CHAPTER_DEMOS);
    }

    @Test
    @DisplayName("an exercise missing from its README, or listed with the wrong difficulty, is reported")
    void exerciseListing() {
        Fixture.copy(root);
        edit(root, CHAPTER, "| 1.3 | easy |", "| 1.3 | medium |");
        int row = lineOf(root, CHAPTER, "| 1.3 | medium |");
        assertThat(problems(Check.CHAPTER_EXERCISES)).containsExactly(CHAPTER + ":" + row
                + ": names the exercise AgeParser, but no line gives it with its section 1.3 and its difficulty easy (as its stub's Javadoc says)");

        edit(root, CHAPTER, "| [`AgeParser`](src/main/java/course/ch01/exercises/AgeParser.java) | 1.3 | medium |\n", "");
        assertThat(problems(Check.CHAPTER_EXERCISES)).containsExactly(CHAPTER + ":" + lineOf(root, CHAPTER, "## Exercises")
                + ": the exercise AgeParser (§1.3, easy) (" + STUB + ") is not named anywhere on the page");
    }

    @Test
    @DisplayName("an exercise stub without the header line, or naming another class or section, is reported")
    void exerciseHeader() {
        Fixture.copy(root);
        edit(root, STUB, "Exercise 1.3 · AgeParser (easy) —", "Exercise 1.9 · AgeReader (easy) —");
        assertThat(problems(Check.EXERCISE_HEADERS)).containsExactly(
                STUB + ":4: the header names the exercise AgeReader but the class is AgeParser",
                STUB + ":4: the header puts AgeParser in §1.9, which is not a section of ch01 [1.1, 1.2, 1.3]",
                TEST + ":1: the test's @DisplayName must be \"Exercise 1.9 · AgeParser (easy)\", as the stub's header says,"
                        + " but gives §1.3 (easy)");

        edit(root, STUB, "Exercise 1.9 · AgeReader (easy) —", "Exercise 1.3: AgeParser, easy:");
        assertThat(problems(Check.EXERCISE_HEADERS)).containsExactly(STUB + ":4: the stub's Javadoc must begin"
                + " `Exercise N.M · AgeParser (easy|medium|hard) — what to do`, but begins"
                + " `Exercise 1.3: AgeParser, easy: turn user input into a valid age.`");
    }

    @Test
    @DisplayName("a test whose display name gives another difficulty than the stub's header is reported")
    void exerciseTestName() {
        Fixture.copy(root);
        edit(root, TEST, "(easy)", "(hard)");
        assertThat(problems(Check.EXERCISE_HEADERS)).containsExactly(TEST + ":1: the test's @DisplayName must be"
                + " \"Exercise 1.3 · AgeParser (easy)\", as the stub's header says, but gives §1.3 (hard)");
        onlyReportedBy(Check.EXERCISE_HEADERS);
    }

    @Test
    @DisplayName("a demo header with a part missing, a part out of order, another spelling or the wrong title is reported")
    void demoHeaders() {
        Fixture.copy(root);
        String guess = "ch01-exceptions/src/main/java/course/ch01/s03_handling/GuessTheAge.java";
        edit(root, guess, "<b>Expected</b>", "<b>Expected:</b>");
        edit(root, COUNTER, " * <p><b>The Python original</b> does the same in Python.\n *\n", "");
        edit(root, COUNTER, "§1.3 Handling exceptions (异常处理) —", "§1.3 Handling errors —");
        assertThat(problems(Check.DEMO_HEADERS)).containsExactly(
                guess + ":3: the header's labels are [The Python original, Run:], not [The Python original, Run:, Expected]"
                        + " (once each, in that order)",
                COUNTER + ":3: the header begins \"§1.3 Handling errors — count the lines of each file named: a sample demo"
                        + " for the docs checks' self-tests.\", not \"§1.3 Handling exceptions (异常处理) — …\"",
                COUNTER + ":3: the header's labels are [Run:, Expected], not [The Python original, Run:, Expected]"
                        + " (once each, in that order)",
                guess + ":10: the label <b>Expected:</b> is spelled differently everywhere else: use one of"
                        + " [The Python original, In Java, Run:, Expected]");
        onlyReportedBy(Check.DEMO_HEADERS);
    }

    @Test
    @DisplayName("an exercise class without a test, and a test without a stub, are reported")
    void exerciseWithoutTestOrStub() throws IOException {
        Fixture.copy(root);
        String orphan = "ch01-exceptions/src/main/java/course/ch01/exercises/Retry.java";
        Fixture.write(root.resolve(orphan), "package course.ch01.exercises;\n\n/**\n * Exercise 1.3 · Retry (hard) — retry.\n */\nclass Retry {\n}\n");
        Files.delete(root.resolve(STUB));
        assertThat(problems(Check.EXERCISE_HEADERS)).containsExactly(
                "ch01-exceptions/src/test/java/course/ch01/exercises/AgeParserTest.java:1: the exercise test AgeParserTest has no stub " + STUB,
                orphan + ":4: has an exercise header but no test ch01-exceptions/src/test/java/course/ch01/exercises/RetryTest.java,"
                        + " so the grader and the course map do not know it");
    }

    // ------------------------------------------------------------------ excerpts and generated regions

    @Test
    @DisplayName("an edited excerpt is reported at the line where it leaves the source")
    void driftedExcerpt() {
        Fixture.copy(root);
        edit(root, MAP, "    lines = count(name);", "    lines = count(name) + 1;");
        assertThat(problems(Check.EXCERPTS)).containsExactly(MAP + ":" + lineOf(root, MAP, "count(name) + 1")
                + ": the excerpt of " + COUNTER + "#else-idiom differs from its source (" + COUNTER + ", region from line 20):"
                + " expected `lines = count(name);` but found `lines = count(name) + 1;`;"
                + " run `./mvnw -q -pl docs -am process-test-classes -Ppages` to copy the source again, or change the source");
        onlyReportedBy(Check.EXCERPTS);
    }

    @Test
    @DisplayName("a source changed under its excerpt is reported too, and so is a missing region or code block")
    void sourceChangedOrRegionMissing() {
        Fixture.copy(root);
        edit(root, COUNTER, "            System.out.println(name + \" has \" + lines + \" lines\");\n", "");
        int close = lineOf(root, MAP, "System.out.println(name + \" has \"");
        assertThat(problems(Check.EXCERPTS)).containsExactly(MAP + ":" + close + ": the excerpt of " + COUNTER
                + "#else-idiom differs from its source (" + COUNTER + ", region from line 20): expected (nothing: the block ends here)"
                + " but found `System.out.println(name + \" has \" + lines + \" lines\");`;"
                + " run `./mvnw -q -pl docs -am process-test-classes -Ppages` to copy the source again, or change the source");

        edit(root, COUNTER, "// region else-idiom", "// region other");
        assertThat(problems(Check.EXCERPTS)).containsExactly(MAP + ":" + lineOf(root, MAP, "<!-- excerpt:") + ": the excerpt of "
                + COUNTER + "#else-idiom cannot be checked: " + COUNTER + " has no region 'else-idiom' (mark it with"
                + " `// region else-idiom` … `// endregion`)");

        edit(root, MAP, "#else-idiom -->\n```java\n", "#else-idiom -->\nSome text.\n```java\n");
        assertThat(problems(Check.EXCERPTS)).containsExactly(MAP + ":" + lineOf(root, MAP, "<!-- excerpt:") + ": the excerpt of "
                + COUNTER + "#else-idiom is not followed by a fenced code block (```java … ```)");
    }

    @Test
    @DisplayName("a hand edit inside a generated region is reported with the command that regenerates it")
    void staleGeneratedRegion() {
        Fixture.copy(root);
        edit(root, MAP, "| 1.2 | <a id=\"s1-2\"></a>Common exceptions |", "| 1.2 | <a id=\"s1-2\"></a>Common errors |");
        int line = lineOf(root, MAP, "Common errors");
        assertThat(problems(Check.GENERATED_REGIONS)).singleElement().asString()
                .startsWith(MAP + ":" + line + ": the generated region 'sections ch01' (line " + lineOf(root, MAP, "generated: sections ch01")
                        + ") is out of date: at column 34 expected `| 1.2 | <a id=\"s1-2\"></a>Common exceptions |")
                .contains("but found `| 1.2 | <a id=\"s1-2\"></a>Common errors |")
                .endsWith("run `./mvnw -q -pl docs -am process-test-classes -Ppages` to regenerate the pages");
        assertThat(problems(Check.COURSE_MAP)).containsExactly(MAP + ":" + line
                + ": the row of §1.2 does not give the catalogue's English title 'Common exceptions'");
    }

    @Test
    @DisplayName("an unknown region kind and a region without its end marker are reported; examples in code blocks are not")
    void badRegionMarkers() {
        Fixture.copy(root);
        edit(root, MAP, "<!-- generated: summary -->", "<!-- generated: summary of everything -->");
        edit(root, MAP, "<!-- end generated -->\n\n## The else idiom", "\n## The else idiom");
        assertThat(problems(Check.GENERATED_REGIONS)).containsExactly(
                MAP + ":3: unknown generated region 'summary of everything' (known: " + Generator.KINDS + ")",
                MAP + ":" + lineOf(root, MAP, "generated: sections ch01")
                        + ": the generated region 'sections ch01' has no closing `<!-- end generated -->` line");
    }

    @Test
    @DisplayName("regenerating restores every generated region and excerpt, and a second run changes nothing")
    void regenerationRestoresAndIsStable() throws IOException {
        Fixture.copy(root);
        String original = Repo.read(root.resolve(MAP));
        edit(root, MAP, "<a id=\"s1-1\"></a>Exceptions", "<a id=\"s1-1\"></a>Errors");
        edit(root, MAP, "    lines = count(name);", "    lines = 0;");
        assertThat(Pages.update(Fixture.generator(root))).containsExactly(MAP);
        assertThat(Repo.read(root.resolve(MAP))).isEqualTo(original);
        assertThat(Pages.update(Fixture.generator(root))).isEmpty();
    }

    // ------------------------------------------------------------------ named classes and files

    @Test
    @DisplayName("a course class, member or Java file named on a page that does not exist is reported")
    void namedThingsThatDoNotExist() {
        Fixture.copy(root);
        edit(root, CHAPTER, "`course.ch01.s03_handling.LineCounter#main`", "`course.ch01.s03_handling.LineCounter#run`");
        edit(root, OTHER, "# Other page", "# Other page\n\nSee `course.ch01.s04_raising` and `ch01-exceptions/src/main/java/course/ch01/Missing.java`.");
        assertThat(problems(Check.NAMED_FILES)).containsExactly(
                CHAPTER + ":" + lineOf(root, CHAPTER, "LineCounter#run") + ": names course.ch01.s03_handling.LineCounter#run, but "
                        + COUNTER + " has no member run",
                OTHER + ":3: names course.ch01.s04_raising, but there is no package or class course.ch01.s04_raising in the sources",
                OTHER + ":3: names ch01-exceptions/src/main/java/course/ch01/Missing.java, but no such file is in the repository");
    }
}

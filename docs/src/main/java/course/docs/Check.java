package course.docs;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every check that keeps the pages true to the code. Each names the subjects it looked at
 * (pages or chapters) and the problems it found, each problem with its page and line.
 * The list of checks in {@code docs/README.md} is generated from this enum.
 */
public enum Check {

    GENERATED_REGIONS("Generated regions are up to date",
            "every `<!-- generated: … -->` region of every page (the course map, the counts, this list, the "
                    + "grade samples) is exactly what `" + Generator.COMMAND + "` would write now; an unknown "
                    + "region kind or a missing `<!-- end generated -->` is reported too.",
            Checks::generatedRegions),
    EXCERPTS("Code excerpts match their source",
            "every code block under an `<!-- excerpt: PATH#NAME -->` marker, on any page, equals the lines between "
                    + "`// region NAME` and `// endregion` in PATH (common indentation removed); a missing file, "
                    + "region or code block is reported.",
            Checks::excerpts),
    LINKS("Links and anchors resolve",
            "every relative link (inline, reference-style, HTML `href`/`src`) in every Markdown file of the "
                    + "repository points to an existing file or folder, and every `#anchor` exists in the target: "
                    + "a heading's GitHub slug or an HTML `id` on Markdown pages, `#L12` line anchors elsewhere. "
                    + "In a student edition (no `solutions/` folder) links into `solutions/` are not checked.",
            Checks::links),
    COURSE_MAP("Every section is on the course map",
            "`docs/README.md` has, in each chapter's table, one row `| N.M |` for every section of the catalogue, in order, "
                    + "with the catalogue's English and Chinese titles and the right run command.",
            Checks::courseMap),
    CHAPTER_SECTIONS("Every section has its row in its chapter README",
            "each `chNN-…/README.md` exists and its section table (the first table with `| N.M |` rows of the "
                    + "chapter) has one row for every section of its catalogue, in order, with both titles; a `-pl`/`-Dsection=` run command in the row names the right module "
                    + "and section; a row for a section the catalogue does not have is reported.",
            Checks::chapterSections),
    CHAPTER_DEMOS("Every demo is listed in its chapter README",
            "every demo main class of a catalogue is named in the row of its section in the chapter README.",
            Checks::chapterDemos),
    CHAPTER_EXERCISES("Every exercise is listed in its chapter README",
            "every exercise of a chapter (a test class `NameTest` in an `exercises` package of `src/test/java`, as "
                    + "the grader finds them) is named in the "
                    + "chapter README on a line that also gives its section and its difficulty as the stub's "
                    + "Javadoc states them.",
            Checks::chapterExercises),
    EXERCISE_HEADERS("Every exercise stub states its section and difficulty",
            "every exercise test has its stub, whose Javadoc begins `Exercise N.M · Name (easy|medium|hard) — …` "
                    + "with the class's own name and a section of its chapter's catalogue, and the test's "
                    + "`@DisplayName` is `Exercise N.M · Name (difficulty)` with the same section and difficulty "
                    + "(the progress board and the grader read it); a class in an `exercises` "
                    + "package with such a header but no test is reported. The course map reads these headers.",
            Checks::exerciseHeaders),
    DEMO_HEADERS("Every demo opens with the same labelled parts",
            "the Javadoc of every demo class of a catalogue begins `§N.M English (中文) — …` with its section's "
                    + "titles (one, where both are the same), then has the labels `The Python original`, `In Java` (which may be left out), `Run:` "
                    + "and `Expected`, once each and in that order, and its `Run:` part gives the section's run "
                    + "command; no header in a chapter's sources uses another spelling of those labels "
                    + "(`Java:`, `Expected:`, `Run` without its colon …).",
            Checks::demoHeaders),
    NAMED_FILES("Named classes and files exist",
            "outside fenced code blocks and HTML comments, every course class or package named on a page (`course.chNN.…`, "
                    + "`course.docs.…`, members after the class included) exists in the sources, and every `*.java` "
                    + "path named outside link targets "
                    + "(`LineCounter.java`, `solutions/src/main/java/course/ch01/exercises/AgeParser.java`, `ch01-exceptions/…/LineCounter.java`) "
                    + "matches a file of the repository. In a student edition (no `solutions/` folder) names "
                    + "under `solutions/` are not checked.",
            Checks::namedFiles),
    GENERATED_FILES("The workflows and the manifest are up to date",
            "`.github/workflows/classroom.yml` (a step per exercise) and, in the course's own repository, "
                    + "`.github/workflows/ci.yml` (a job per chapter) are exactly what `" + Generator.COMMAND
                    + "` would write now; `kit/manifest.sha256` lists every file a student must not change and "
                    + "every exercise stub with its current digest (a file it lacks, misses or has a stale digest "
                    + "for is named). A repository without `kit/` has no grader, so nothing to check.",
            Checks::generatedFiles);

    /** The outcome of one check: the subjects it examined, in order, each with its problems (often none). */
    public record Report(Map<String, List<Problem>> bySubject) {

        public List<Problem> problems() {
            return bySubject.values().stream().flatMap(List::stream).toList();
        }
    }

    private final String title;
    private final String covers;
    private final Function<Generator, Report> run;

    Check(String title, String covers, Function<Generator, Report> run) {
        this.title = title;
        this.covers = covers;
        this.run = run;
    }

    public String title() {
        return title;
    }

    public String covers() {
        return covers;
    }

    public Report run(Generator generator) {
        return run.apply(generator);
    }

    @Override
    public String toString() {
        return title;
    }
}

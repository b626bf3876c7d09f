package course.docs;

import course.kit.tools.Integrity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What each kind of generated region holds. The content depends only on the course (catalogues,
 * exercise stubs, the list of checks, the grader) and on where the page is, for relative links.
 *
 * <ul>
 *   <li>{@code sections chNN} — the course map of one chapter: a row per section with both titles,
 *       the demos linked to their sources, the exercises with their difficulty, the run command;</li>
 *   <li>{@code summary} — how many chapters, sections, demos and exercises the course has;</li>
 *   <li>{@code checks} — every docs check and what it covers;</li>
 *   <li>{@code grade.md}, {@code grade.json}, {@code feedback.md}, {@code class.csv} — the grader's real
 *       output for a made-up class (see {@link GradeSample}).</li>
 * </ul>
 */
public final class Generator {

    /** The command that rewrites every generated region and excerpt. */
    public static final String COMMAND = Integrity.REGENERATE;

    static final String KINDS = "sections chNN, summary, checks, grade.md, grade.json, feedback.md, class.csv";

    private final Course course;
    private GradeSample.Output gradeSample;
    private boolean gradeSampleRan;

    public Generator(Course course) {
        this.course = course;
    }

    public Course course() {
        return course;
    }

    /**
     * The lines a region of this kind holds on this page; empty when this checkout cannot produce
     * them (the grade samples need the grading tool, which a student edition does not have).
     *
     * @throws IllegalArgumentException for a kind this generator does not know
     */
    public Optional<List<String>> content(String kind, Path page) {
        String[] words = kind.strip().split("\\s+");
        switch (words[0]) {
            case "sections" -> {
                if (words.length == 2 && words[1].matches("ch\\d\\d")) {
                    int number = Integer.parseInt(words[1].substring(2));
                    return Optional.of(sections(course.chapter(number).orElseThrow(() ->
                            new IllegalArgumentException("there is no chapter " + words[1] + " in this course")), page));
                }
            }
            case "summary" -> {
                if (words.length == 1) {
                    return Optional.of(summary());
                }
            }
            case "checks" -> {
                if (words.length == 1) {
                    return Optional.of(checks());
                }
            }
            case "grade.md", "grade.json", "feedback.md", "class.csv" -> {
                if (words.length == 1) {
                    GradeSample.Output sample = gradeSample();
                    if (sample == null) {
                        return Optional.empty();
                    }
                    String text = switch (words[0]) {
                        case "grade.md" -> sample.markdown();
                        case "grade.json" -> sample.json();
                        case "feedback.md" -> sample.feedback();
                        default -> sample.classCsv();
                    };
                    String fence = text.contains("```") ? "````" : "```";
                    List<String> lines = new ArrayList<>();
                    lines.add(fence + (words[0].endsWith(".md") ? "markdown" : words[0].endsWith(".json") ? "json" : "csv"));
                    lines.addAll(text.lines().toList());
                    lines.add(fence);
                    return Optional.of(lines);
                }
            }
            default -> {
            }
        }
        throw new IllegalArgumentException("unknown generated region '" + kind + "' (known: " + KINDS + ")");
    }

    private GradeSample.Output gradeSample() {
        if (!gradeSampleRan) {
            gradeSample = GradeSample.run(course.repo());
            gradeSampleRan = true;
        }
        return gradeSample;
    }

    List<String> sections(Course.Chapter chapter, Path page) {
        List<String> lines = new ArrayList<>();
        lines.add("### " + chapter.title());
        lines.add("");
        lines.add("Chapter page: [`" + chapter.readme() + "`](" + link(page, chapter.readme()) + ") · list its sections: `"
                + "./mvnw -q -pl " + chapter.module() + " compile exec:exec`");
        lines.add("");
        lines.add("| § | English | 中文 | Demos | Exercises | Run |");
        lines.add("|---|---|---|---|---|---|");
        for (Course.Section s : chapter.sections()) {
            String demos = s.demos().isEmpty() ? "—" : s.demos().stream()
                    .map(d -> "[`" + d.simpleName() + "`](" + link(page, d.source()) + ")")
                    .collect(Collectors.joining(", "));
            List<Course.Exercise> exercises = chapter.exercisesOf(s.number());
            String exerciseCell = exercises.isEmpty() ? "—" : exercises.stream()
                    .map(e -> "[`" + e.name() + "`](" + link(page, e.stub()) + ") (" + e.header().orElseThrow().difficulty() + ")")
                    .collect(Collectors.joining(", "));
            lines.add("| %s | <a id=\"%s\"></a>%s | %s | %s | %s | `%s` |".formatted(s.number(), anchor(s.number()),
                    cell(s.english()), cell(s.chinese()), demos, exerciseCell, chapter.runCommand(s.number())));
        }
        return lines;
    }

    /** The anchor of a section's row in the course map: "s3-9" for §3.9. */
    public static String anchor(String section) {
        return "s" + section.replace('.', '-');
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    List<String> summary() {
        long easy = difficulty("easy");
        long medium = difficulty("medium");
        long hard = difficulty("hard");
        return List.of("The catalogues list **%s, %s and %s**; the chapters hold **%s** (%d easy, %d medium, %d hard)."
                .formatted(count(course.chapters().size(), "chapter"), count(course.sectionCount(), "section"),
                        count(course.demoCount(), "demo"), count(course.exerciseCount(), "exercise"), easy, medium, hard));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private long difficulty(String level) {
        return course.chapters().stream().flatMap(c -> c.exercises().stream())
                .filter(e -> e.header().map(h -> h.difficulty().equals(level)).orElse(false)).count();
    }

    static List<String> checks() {
        List<String> lines = new ArrayList<>();
        for (Check check : Check.values()) {
            lines.add("- **" + check.title() + "** (`" + check.name() + "`) — " + check.covers());
        }
        return lines;
    }

    /** A relative link from a page to a repository path, with '/' and spaces escaped. */
    String link(Path page, String target) {
        Path from = page.toAbsolutePath().normalize().getParent();
        return from.relativize(course.repo().resolve(target)).toString().replace('\\', '/').replace(" ", "%20");
    }

    /**
     * The page with every generated region and every excerpt brought up to date. Regions and
     * excerpts that cannot be produced (unknown kind, missing source) are left as they are:
     * the checks report them.
     */
    public List<String> update(Path page, List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        // Work from the bottom up, so that the line numbers of the blocks above stay valid.
        List<Blocks.Excerpt> excerpts = Blocks.excerpts(out);
        for (int i = excerpts.size() - 1; i >= 0; i--) {
            Blocks.Excerpt e = excerpts.get(i);
            if (e.close() < 0) {
                continue;
            }
            try {
                List<String> fresh = Blocks.sourceRegion(course.repo(), e.source(), e.region()).lines();
                replace(out, e.open(), e.close() - 1, fresh);
            } catch (IllegalArgumentException missing) {
                // reported by the excerpt check
            }
        }
        List<Blocks.Region> regions = Blocks.regions(out);
        for (int i = regions.size() - 1; i >= 0; i--) {
            Blocks.Region r = regions.get(i);
            if (r.end() < 0) {
                continue;
            }
            try {
                Optional<List<String>> fresh = content(r.kind(), page);
                if (fresh.isPresent()) {
                    replace(out, r.start(), r.end() - 1, fresh.get());
                }
            } catch (IllegalArgumentException unknown) {
                // reported by the generated-region check
            }
        }
        return out;
    }

    /** Replaces lines after line {@code after} up to line {@code through} (1-based, inclusive) with {@code fresh}. */
    private static void replace(List<String> lines, int after, int through, List<String> fresh) {
        lines.subList(after, through).clear();
        lines.addAll(after, fresh);
    }
}

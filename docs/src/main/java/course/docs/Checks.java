package course.docs;

import course.kit.test.DemoHeader;
import course.kit.tools.Integrity;
import course.kit.tools.Workflows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checks behind {@link Check}: each returns, per subject, the problems it found. */
final class Checks {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    private static final Pattern LINE_ANCHOR = Pattern.compile("L(\\d+)(?:-L(\\d+))?");
    private static final Pattern SECTION_ROW = Pattern.compile("^\\s*\\|\\s*(\\d+\\.\\d+)\\s*\\|.*");
    private static final Pattern COURSE_NAME = Pattern.compile(
            "(?<![\\w.$])course\\.(?:ch\\d\\d|docs|kit|bench)(?:\\.[A-Za-z_$][\\w$]*)*(?:#[A-Za-z_$][\\w$]*)?");
    private static final Pattern JAVA_PATH = Pattern.compile(
            "(?<![\\w/.$…-])((?:(?:[\\w.-]+|…)/)*[\\w$-]+\\.java)(?![\\w])");
    private static final Pattern RUN_MODULE = Pattern.compile("-pl\\s+(\\S+)");
    private static final Pattern RUN_SECTION = Pattern.compile("-Dsection=([\\w.]+)");

    private Checks() {
    }

    private static final class Collector {
        final Map<String, List<Problem>> bySubject = new LinkedHashMap<>();

        void subject(String subject) {
            bySubject.computeIfAbsent(subject, k -> new ArrayList<>());
        }

        void add(String subject, String page, int line, String message) {
            bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(new Problem(page, line, message));
        }

        Check.Report report() {
            Map<String, List<Problem>> copy = new LinkedHashMap<>();
            bySubject.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return new Check.Report(copy);
        }
    }

    // ---------------------------------------------------------------- pages and their parsed form

    private record Page(String name, Path path, Markdown markdown) {
        List<String> lines() {
            return markdown.lines();
        }
    }

    private static Page page(Repo repo, Path path) {
        return new Page(repo.relative(path), path, new Markdown(Repo.read(path)));
    }

    private static List<Page> pages(Repo repo) {
        return repo.markdownPages().stream().map(p -> page(repo, p)).toList();
    }

    private static String shown(String line) {
        return line == null ? "(nothing: the block ends here)" : "`" + line.strip() + "`";
    }

    /** "expected `…` but found `…`", long lines cut down to the neighbourhood of their first difference. */
    static String expectedButFound(String want, String have) {
        if (want == null || have == null || Math.max(want.length(), have.length()) <= 120) {
            return "expected " + shown(want) + " but found " + shown(have);
        }
        String w = want.strip();
        String h = have.strip();
        int at = 0;
        while (at < Math.min(w.length(), h.length()) && w.charAt(at) == h.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 40);
        return "at column " + (at + 1) + " expected " + window(w, from, at) + " but found " + window(h, from, at);
    }

    private static String window(String line, int from, int at) {
        int to = Math.min(line.length(), at + 60);
        return "`" + (from > 0 ? "…" : "") + line.substring(Math.min(from, line.length()), to) + (to < line.length() ? "…" : "") + "`";
    }

    // ---------------------------------------------------------------- generated regions

    static Check.Report generatedRegions(Generator generator) {
        Repo repo = generator.course().repo();
        Collector c = new Collector();
        c.subject("docs/README.md");
        for (Page page : pages(repo)) {
            List<Blocks.Region> regions = Blocks.regions(page.lines());
            if (regions.isEmpty()) {
                continue;
            }
            c.subject(page.name());
            for (Blocks.Region region : regions) {
                if (region.end() < 0) {
                    c.add(page.name(), page.name(), region.start(), "the generated region '" + region.kind()
                            + "' has no closing `<!-- end generated -->` line");
                    continue;
                }
                Optional<List<String>> expected;
                try {
                    expected = generator.content(region.kind(), page.path());
                } catch (IllegalArgumentException unknown) {
                    c.add(page.name(), page.name(), region.start(), unknown.getMessage());
                    continue;
                }
                if (expected.isEmpty()) {
                    continue;
                }
                int at = Blocks.firstDifference(expected.get(), region.content());
                if (at >= 0) {
                    String want = at < expected.get().size() ? expected.get().get(at) : null;
                    String have = at < region.content().size() ? region.content().get(at) : null;
                    c.add(page.name(), page.name(), region.start() + 1 + at, "the generated region '" + region.kind()
                            + "' (line " + region.start() + ") is out of date: " + expectedButFound(want, have)
                            + "; run `" + Generator.COMMAND + "` to regenerate the pages");
                }
            }
        }
        return c.report();
    }

    // ---------------------------------------------------------------- excerpts

    static Check.Report excerpts(Generator generator) {
        Repo repo = generator.course().repo();
        Collector c = new Collector();
        for (Page page : pages(repo)) {
            List<Blocks.Excerpt> excerpts = Blocks.excerpts(page.lines());
            if (excerpts.isEmpty()) {
                continue;
            }
            c.subject(page.name());
            for (Blocks.Excerpt e : excerpts) {
                if (e.open() < 0) {
                    c.add(page.name(), page.name(), e.marker(), "the excerpt of " + e.reference()
                            + " is not followed by a fenced code block (```java … ```)");
                    continue;
                }
                if (e.close() < 0) {
                    c.add(page.name(), page.name(), e.open(), "the code block of the excerpt of " + e.reference()
                            + " is never closed");
                    continue;
                }
                Blocks.SourceRegion region;
                try {
                    region = Blocks.sourceRegion(repo, e.source(), e.region());
                } catch (IllegalArgumentException missing) {
                    c.add(page.name(), page.name(), e.marker(), "the excerpt of " + e.reference() + " cannot be checked: "
                            + missing.getMessage());
                    continue;
                }
                int at = Blocks.firstDifference(region.lines(), e.shown());
                if (at >= 0) {
                    String want = at < region.lines().size() ? region.lines().get(at) : null;
                    String have = at < e.shown().size() ? e.shown().get(at) : null;
                    c.add(page.name(), page.name(), e.open() + 1 + at, "the excerpt of " + e.reference()
                            + " differs from its source (" + e.source() + ", region from line " + region.firstLine()
                            + "): " + expectedButFound(want, have) + "; run `" + Generator.COMMAND
                            + "` to copy the source again, or change the source");
                }
            }
        }
        return c.report();
    }

    // ---------------------------------------------------------------- links

    static Check.Report links(Generator generator) {
        Repo repo = generator.course().repo();
        Collector c = new Collector();
        Map<Path, Set<String>> anchors = new HashMap<>();
        for (Page page : pages(repo)) {
            c.subject(page.name());
            anchors.put(page.path(), page.markdown().anchors());
            for (Markdown.Link link : page.markdown().links()) {
                String problem = linkProblem(repo, page, link.target(), anchors);
                if (problem != null) {
                    c.add(page.name(), page.name(), link.line(), "link [" + link.text().replace('\0', '`') + "]("
                            + link.target() + "): " + problem);
                }
            }
        }
        return c.report();
    }

    private static String linkProblem(Repo repo, Page page, String target, Map<Path, Set<String>> anchors) {
        if (target.isBlank() || SCHEME.matcher(target).matches()) {
            return null; // external: http:, https:, mailto:, …
        }
        int hash = target.indexOf('#');
        String pathPart = Markdown.decode(hash < 0 ? target : target.substring(0, hash));
        String anchor = hash < 0 ? null : Markdown.decode(target.substring(hash + 1));
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        Path file;
        if (pathPart.isEmpty()) {
            file = page.path();
        } else {
            file = (pathPart.startsWith("/") ? repo.root().resolve(pathPart.substring(1))
                    : page.path().getParent().resolve(pathPart)).normalize();
            if (!file.startsWith(repo.root())) {
                return "points outside the repository";
            }
            if (!Files.exists(file)) {
                if (!repo.hasSolutions() && repo.relative(file).startsWith("solutions/")) {
                    return null; // a student edition: the instructor's files are left out on purpose
                }
                return "there is no file or folder " + repo.relative(file);
            }
        }
        if (anchor == null || anchor.isEmpty()) {
            return null;
        }
        if (file.getFileName().toString().endsWith(".md")) {
            Set<String> offered = anchors.computeIfAbsent(file, f -> new Markdown(Repo.read(f)).anchors());
            return offered.contains(anchor) ? null
                    : "there is no anchor #" + anchor + " in " + repo.relative(file) + " (no heading or id gives it)";
        }
        Matcher lines = LINE_ANCHOR.matcher(anchor);
        if (lines.matches() && Files.isRegularFile(file)) {
            long count = Repo.read(file).lines().count();
            int last = Integer.parseInt(lines.group(2) == null ? lines.group(1) : lines.group(2));
            return last <= count ? null : "#" + anchor + " is past the end of " + repo.relative(file) + " (" + count + " lines)";
        }
        return "the anchor #" + anchor + " cannot be checked on " + repo.relative(file)
                + " (only Markdown headings and #L12 line anchors can)";
    }

    // ---------------------------------------------------------------- sections on the course map and in chapter READMEs

    static Check.Report courseMap(Generator generator) {
        Course course = generator.course();
        Collector c = new Collector();
        String name = "docs/README.md";
        c.subject(name);
        Path path = course.repo().resolve(name);
        if (!Files.isRegularFile(path)) {
            c.add(name, name, 1, "the course map is missing");
            return c.report();
        }
        Page page = page(course.repo(), path);
        for (Course.Chapter chapter : course.chapters()) {
            sectionRows(page, chapter, (line, message) -> c.add(name, name, line, message));
        }
        return c.report();
    }

    static Check.Report chapterSections(Generator generator) {
        Course course = generator.course();
        Collector c = new Collector();
        for (Course.Chapter chapter : course.chapters()) {
            String name = chapter.readme();
            c.subject(name);
            Optional<Page> page = readme(course, chapter);
            if (page.isEmpty()) {
                c.add(name, name, 1, "the chapter README is missing; it must have a row `| N.M |` for each of the "
                        + chapter.sections().size() + " sections of " + chapter.id());
                continue;
            }
            sectionRows(page.get(), chapter, (line, message) -> c.add(name, name, line, message));
        }
        return c.report();
    }

    private interface Sink {
        void add(int line, String message);
    }

    /**
     * The rows `| N.M |` of a chapter's section table, by section number, in page order. The
     * section table is the first table of the page with a row for a section of this chapter;
     * later tables (an errata list with a § column, say) are not section tables.
     */
    private static Map<String, List<Integer>> sectionRowLines(Page page, int chapter) {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        boolean inTable = false;
        for (int n = 1; n <= page.lines().size(); n++) {
            String line = page.lines().get(n - 1);
            boolean tableLine = !page.markdown().inCode(n) && line.strip().startsWith("|");
            if (!tableLine) {
                if (inTable && !rows.isEmpty()) {
                    break; // the end of the section table
                }
                inTable = false;
                continue;
            }
            inTable = true;
            Matcher m = SECTION_ROW.matcher(line);
            if (m.matches() && m.group(1).startsWith(chapter + ".")) {
                rows.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(n);
            }
        }
        return rows;
    }

    private static void sectionRows(Page page, Course.Chapter chapter, Sink problems) {
        Map<String, List<Integer>> rows = sectionRowLines(page, chapter.number());
        int previousLine = 0;
        String previousSection = null;
        for (Course.Section s : chapter.sections()) {
            List<Integer> found = rows.getOrDefault(s.number(), List.of());
            if (found.isEmpty()) {
                problems.add(Math.max(1, previousLine), "no row `| " + s.number() + " |` for §" + s.number() + " "
                        + s.english() + " (" + s.chinese() + ")"
                        + (previousSection == null ? "" : "; it belongs after the row of §" + previousSection));
                continue;
            }
            if (found.size() > 1) {
                problems.add(found.get(1), "§" + s.number() + " has more than one row (lines " + found + ")");
            }
            int line = found.get(0);
            String row = page.lines().get(line - 1);
            if (line < previousLine) {
                problems.add(line, "the row of §" + s.number() + " comes before the row of §" + previousSection
                        + " (line " + previousLine + "); the catalogue's order is " + previousSection + ", " + s.number());
            }
            if (!row.contains(s.english())) {
                problems.add(line, "the row of §" + s.number() + " does not give the catalogue's English title '"
                        + s.english() + "'");
            }
            if (!row.contains(s.chinese())) {
                problems.add(line, "the row of §" + s.number() + " does not give the catalogue's Chinese title '"
                        + s.chinese() + "'");
            }
            Matcher module = RUN_MODULE.matcher(row);
            if (module.find() && !module.group(1).equals(chapter.module())) {
                problems.add(line, "the run command in the row of §" + s.number() + " says `-pl " + module.group(1)
                        + "`; the module is " + chapter.module());
            }
            Matcher section = RUN_SECTION.matcher(row);
            if (section.find() && !section.group(1).replaceAll("\\.$", "").equals(s.number())) {
                problems.add(line, "the run command in the row of §" + s.number() + " runs `-Dsection="
                        + section.group(1) + "`");
            }
            previousLine = Math.max(previousLine, line);
            previousSection = s.number();
        }
        rows.forEach((number, lines) -> {
            if (chapter.section(number).isEmpty()) {
                problems.add(lines.get(0), "a row for §" + number + ", which the catalogue of " + chapter.id()
                        + " does not have (its sections: " + chapter.sections().stream().map(Course.Section::number).toList() + ")");
            }
        });
    }

    private static Optional<Page> readme(Course course, Course.Chapter chapter) {
        Path path = course.repo().resolve(chapter.readme());
        return Files.isRegularFile(path) ? Optional.of(page(course.repo(), path)) : Optional.empty();
    }

    // ---------------------------------------------------------------- demos and exercises in chapter READMEs

    static Check.Report chapterDemos(Generator generator) {
        Course course = generator.course();
        Collector c = new Collector();
        for (Course.Chapter chapter : course.chapters()) {
            String name = chapter.readme();
            c.subject(name);
            Optional<Page> page = readme(course, chapter);
            Map<String, List<Integer>> rows = page.map(p -> sectionRowLines(p, chapter.number())).orElse(Map.of());
            for (Course.Section s : chapter.sections()) {
                for (Course.Demo demo : s.demos()) {
                    List<Integer> row = rows.getOrDefault(s.number(), List.of());
                    if (page.isEmpty() || row.isEmpty()) {
                        c.add(name, name, 1, "the demo " + demo.simpleName() + " of §" + s.number()
                                + " is not listed: " + (page.isEmpty() ? "the chapter README is missing" : "there is no row `| "
                                + s.number() + " |`"));
                        continue;
                    }
                    // What the reader sees: link targets do not count as naming the demo.
                    String text = Markdown.maskLinkTargets(page.get().lines().get(row.get(0) - 1));
                    if (!Pattern.compile("(?<![\\w$])" + Pattern.quote(demo.simpleName()) + "(?![\\w$])").matcher(text).find()) {
                        c.add(name, name, row.get(0), "the row of §" + s.number() + " does not name the demo "
                                + demo.simpleName() + " (" + demo.className() + ") of the catalogue");
                    }
                }
            }
        }
        return c.report();
    }

    static Check.Report chapterExercises(Generator generator) {
        Course course = generator.course();
        Collector c = new Collector();
        for (Course.Chapter chapter : course.chapters()) {
            String name = chapter.readme();
            c.subject(name);
            Optional<Page> page = readme(course, chapter);
            for (Course.Exercise e : chapter.exercises()) {
                String what = e.header().map(h -> " (§" + h.section() + ", " + h.difficulty() + ")").orElse("");
                if (page.isEmpty()) {
                    c.add(name, name, 1, "the exercise " + e.name() + what + " is not listed: the chapter README is missing");
                    continue;
                }
                Pattern named = Pattern.compile("(?<![\\w$])" + Pattern.quote(e.name()) + "(?![\\w$])");
                List<String> lines = page.get().lines();
                int first = -1;
                boolean complete = false;
                for (int n = 1; n <= lines.size() && !complete; n++) {
                    String line = Markdown.maskLinkTargets(lines.get(n - 1));
                    if (page.get().markdown().inCode(n) || !named.matcher(line).find()) {
                        continue;
                    }
                    if (first < 0) {
                        first = n;
                    }
                    complete = e.header().map(h ->
                            Pattern.compile("(?<![\\w.])" + Pattern.quote(h.section()) + "(?![\\w]|\\.\\d)").matcher(line).find()
                                    && Pattern.compile("(?i)\\b" + h.difficulty() + "\\b").matcher(line).find())
                            .orElse(true);
                }
                if (first < 0) {
                    c.add(name, name, exercisesHeading(lines), "the exercise " + e.name() + what + " (" + e.stub()
                            + ") is not named anywhere on the page");
                } else if (!complete) {
                    Course.Header h = e.header().orElseThrow();
                    c.add(name, name, first, "names the exercise " + e.name() + ", but no line gives it with its section "
                            + h.section() + " and its difficulty " + h.difficulty() + " (as its stub's Javadoc says)");
                }
            }
        }
        return c.report();
    }

    private static int exercisesHeading(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("^#+\\s+Exercises.*")) {
                return i + 1;
            }
        }
        return 1;
    }

    // ---------------------------------------------------------------- exercise stubs

    static Check.Report exerciseHeaders(Generator generator) {
        Course course = generator.course();
        Repo repo = course.repo();
        Collector c = new Collector();
        for (Course.Chapter chapter : course.chapters()) {
            String subject = chapter.module();
            c.subject(subject);
            for (Course.Exercise e : chapter.exercises()) {
                if (!Files.isRegularFile(repo.resolve(e.stub()))) {
                    c.add(subject, e.test(), 1, "the exercise test " + e.name() + "Test has no stub " + e.stub());
                    continue;
                }
                if (e.header().isEmpty()) {
                    c.add(subject, e.stub(), Math.max(1, e.headerLine()), "the stub's Javadoc must begin `Exercise N.M · "
                            + e.name() + " (easy|medium|hard) — what to do`, but begins " + shown(e.headerText()));
                    continue;
                }
                Course.Header h = e.header().get();
                if (!h.name().equals(e.name())) {
                    c.add(subject, e.stub(), e.headerLine(), "the header names the exercise " + h.name()
                            + " but the class is " + e.name());
                }
                if (chapter.section(h.section()).isEmpty()) {
                    c.add(subject, e.stub(), e.headerLine(), "the header puts " + e.name() + " in §" + h.section()
                            + ", which is not a section of " + chapter.id() + " "
                            + chapter.sections().stream().map(Course.Section::number).toList());
                }
                // The tools (progress board, grader) read the test's display name; the reader, the stub.
                if (!h.section().equals(e.testSection()) || !h.difficulty().equals(e.testDifficulty())) {
                    c.add(subject, e.test(), 1, "the test's @DisplayName must be \"Exercise " + h.section() + " · "
                            + e.name() + " (" + h.difficulty() + ")\", as the stub's header says, but gives "
                            + (e.testSection().isEmpty() ? "no section and difficulty"
                                    : "§" + e.testSection() + " (" + e.testDifficulty() + ")"));
                }
            }
            Set<String> graded = new java.util.HashSet<>(chapter.exercises().stream().map(Course.Exercise::stub).toList());
            for (Path file : repo.walkFiles(repo.resolve(chapter.module() + "/src/main/java"))) {
                String stub = repo.relative(file);
                if (!stub.contains("/exercises/") || !stub.endsWith(".java") || graded.contains(stub)) {
                    continue;
                }
                List<String> lines = Repo.read(file).lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).matches("^\\s*(/\\*\\*|\\*)\\s*Exercise\\s+\\d+\\.\\d+\\s+·.*")) {
                        String test = stub.replace("/src/main/java/", "/src/test/java/").replaceAll("\\.java$", "Test.java");
                        c.add(subject, stub, i + 1, "has an exercise header but no test " + test
                                + ", so the grader and the course map do not know it");
                        break;
                    }
                }
            }
        }
        return c.report();
    }

    // ---------------------------------------------------------------- demo headers

    /** Spellings of the header labels that are not the course's ({@link DemoHeader#PARTS}). */
    private static final Pattern VARIANT_LABEL = Pattern.compile(
            "<b>(Java:|In Java:|Expected:|Run|Python original|The Python original:|Output\\.?)</b>");

    static Check.Report demoHeaders(Generator generator) {
        Course course = generator.course();
        Repo repo = course.repo();
        Collector c = new Collector();
        for (Course.Chapter chapter : course.chapters()) {
            c.subject(chapter.module());
            for (Course.Section s : chapter.sections()) {
                for (Course.Demo demo : s.demos()) {
                    Path source = repo.resolve(demo.source());
                    Optional<DemoHeader> header = Files.isRegularFile(source)
                            ? DemoHeader.read(source, demo.simpleName()) : Optional.empty();
                    if (header.isEmpty()) {
                        c.add(chapter.module(), demo.source(), 1, "the demo " + demo.simpleName() + " has no Javadoc header");
                        continue;
                    }
                    headerProblems(header.get(), s, chapter.runCommand(s.number()))
                            .forEach(problem -> c.add(chapter.module(), demo.source(), header.get().line(), problem));
                }
            }
            for (Path file : repo.walkFiles(repo.resolve(chapter.module() + "/src/main/java"))) {
                List<String> lines = Repo.read(file).lines().toList();
                for (int n = 1; n <= lines.size(); n++) {
                    Matcher variant = VARIANT_LABEL.matcher(lines.get(n - 1));
                    if (variant.find()) {
                        c.add(chapter.module(), repo.relative(file), n, "the label <b>" + variant.group(1)
                                + "</b> is spelled differently everywhere else: use one of " + DemoHeader.PARTS);
                    }
                }
            }
        }
        return c.report();
    }

    static List<String> headerProblems(DemoHeader header, Course.Section section, String runCommand) {
        List<String> problems = new ArrayList<>();
        // A title that is the same in both languages (§3.6 join) is written once.
        String title = "§" + section.number() + " " + section.english()
                + (section.english().equals(section.chinese()) ? "" : " (" + section.chinese() + ")") + " — ";
        if (!header.title().startsWith(title)) {
            problems.add("the header begins \"" + header.title() + "\", not \"" + title + "…\"");
        }
        List<String> parts = header.labels().stream().filter(DemoHeader.PARTS::contains).toList();
        List<String> wanted = parts.contains("In Java") ? DemoHeader.PARTS
                : DemoHeader.PARTS.stream().filter(p -> !p.equals("In Java")).toList();
        if (!parts.equals(wanted)) {
            problems.add("the header's labels are " + parts + ", not " + wanted + " (once each, in that order)");
        }
        if (!header.text().contains(runCommand)) {
            problems.add("the Run: part does not give the section's command " + runCommand);
        }
        return problems;
    }

    // ---------------------------------------------------------------- classes and files named on pages

    static Check.Report namedFiles(Generator generator) {
        Repo repo = generator.course().repo();
        Collector c = new Collector();
        for (Page page : pages(repo)) {
            c.subject(page.name());
            for (int n = 1; n <= page.lines().size(); n++) {
                if (page.markdown().inCode(n)) {
                    continue; // code blocks are examples or excerpts; excerpts have their own check
                }
                // Comments are not shown; an excerpt marker's path is the excerpt check's business.
                String line = page.lines().get(n - 1).replaceAll("<!--.*?-->", "");
                Matcher name = COURSE_NAME.matcher(line);
                while (name.find()) {
                    String problem = courseNameProblem(repo, name.group());
                    if (problem != null) {
                        c.add(page.name(), page.name(), n, "names " + name.group() + ", but " + problem);
                    }
                }
                Matcher java = JAVA_PATH.matcher(Markdown.maskLinkTargets(line));
                while (java.find()) {
                    String path = java.group(1);
                    if (!javaPathExists(repo, page, path)) {
                        c.add(page.name(), page.name(), n, "names " + path + ", but no such file is in the repository");
                    }
                }
            }
        }
        return c.report();
    }

    /** Null when the package, class and member named exist; otherwise what is missing. */
    static String courseNameProblem(Repo repo, String name) {
        String member = null;
        int hash = name.indexOf('#');
        if (hash >= 0) {
            member = name.substring(hash + 1);
            name = name.substring(0, hash);
        }
        String[] parts = name.split("\\.");
        List<Path> roots = repo.sourceRoots();
        if (!repo.hasSolutions() && roots.stream().noneMatch(r -> Files.isDirectory(r.resolve(parts[0] + "/" + parts[1])))) {
            return null;
        }
        StringBuilder pkg = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String candidate = pkg.isEmpty() ? parts[i] : pkg + "/" + parts[i];
            Optional<Path> source = roots.stream().map(r -> r.resolve(candidate + ".java")).filter(Files::isRegularFile).findFirst();
            if (source.isPresent()) {
                List<String> members = new ArrayList<>(List.of(parts).subList(i + 1, parts.length));
                if (member != null) {
                    members.add(member);
                }
                String code = Repo.read(source.get());
                for (String m : members) {
                    if (!Pattern.compile("(?<![\\w$])" + Pattern.quote(m) + "(?![\\w$])").matcher(code).find()) {
                        return repo.relative(source.get()) + " has no member " + m;
                    }
                }
                return null;
            }
            if (roots.stream().noneMatch(r -> Files.isDirectory(r.resolve(candidate)))) {
                return "there is no package or class " + candidate.replace('/', '.') + " in the sources";
            }
            pkg.setLength(0);
            pkg.append(candidate);
        }
        return member == null ? null : name + " is a package, so it has no member " + member;
    }

    private static boolean javaPathExists(Repo repo, Page page, String path) {
        if (path.startsWith("solutions/") && !repo.hasSolutions()) {
            return true;
        }
        if (!path.contains("/")) {
            return !repo.filesNamed(path).isEmpty();
        }
        path = path.replace("/…/", "/.../");
        int gap = path.indexOf("/.../");
        if (gap >= 0) {
            String prefix = path.substring(0, gap);
            String suffix = path.substring(gap + 4);
            for (Path base : List.of(page.path().getParent(), repo.root())) {
                Path dir = base.resolve(prefix).normalize();
                if (repo.walkFiles(dir).stream().anyMatch(f -> f.toString().replace('\\', '/').endsWith(suffix))) {
                    return true;
                }
            }
            return false;
        }
        return Files.isRegularFile(page.path().getParent().resolve(path).normalize())
                || Files.isRegularFile(repo.resolve(path));
    }

    // ---------------------------------------------------------------- files made from the course

    static Check.Report generatedFiles(Generator generator) {
        Repo repo = generator.course().repo();
        Collector c = new Collector();
        if (!Files.isDirectory(repo.resolve("kit"))) {
            // A repository without the kit (the docs checks' own fixture) has no grader: nothing is made for it.
            c.subject(Workflows.CLASSROOM);
            c.subject(Integrity.MANIFEST);
            return c.report();
        }
        for (var file : Workflows.expected(repo.root()).entrySet()) {
            String name = file.getKey();
            c.subject(name);
            Path path = repo.resolve(name);
            if (!Files.isRegularFile(path)) {
                c.add(name, name, 1, "missing: write it with " + Generator.COMMAND);
                continue;
            }
            List<String> want = file.getValue().lines().toList();
            List<String> have = Repo.read(path).lines().toList();
            int at = Blocks.firstDifference(want, have);
            if (at >= 0) {
                c.add(name, name, at + 1, "not what the course's exercises and chapters make of it: "
                        + expectedButFound(at < want.size() ? want.get(at) : null, at < have.size() ? have.get(at) : null)
                        + "; regenerate with " + Generator.COMMAND);
            }
        }
        String manifest = Integrity.MANIFEST;
        c.subject(manifest);
        try {
            for (String stale : Integrity.staleLines(repo.root())) {
                c.add(manifest, manifest, 1, stale + "; regenerate with " + Generator.COMMAND);
            }
        } catch (java.io.IOException e) {
            c.add(manifest, manifest, 1, "cannot read it: " + e.getMessage());
        }
        return c.report();
    }
}

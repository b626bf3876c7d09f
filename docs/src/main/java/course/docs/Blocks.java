package course.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two kinds of maintained blocks a page can hold.
 *
 * <pre>
 * &lt;!-- generated: sections ch03 --&gt;        written by {@link Pages} from the catalogues
 * …
 * &lt;!-- end generated --&gt;
 *
 * &lt;!-- excerpt: ch01-exceptions/src/main/java/course/ch01/s03_handling/LineCounter.java#else-idiom --&gt;
 * ```java                                     copied from the source, between
 * …                                           "// region else-idiom" and "// endregion"
 * ```
 * </pre>
 */
public final class Blocks {

    static final Pattern GENERATED_START = Pattern.compile("^\\s*<!--\\s*generated:\\s*(.*?)\\s*-->\\s*$");
    static final Pattern GENERATED_END = Pattern.compile("^\\s*<!--\\s*end generated\\s*-->\\s*$");
    static final Pattern EXCERPT = Pattern.compile("^\\s*<!--\\s*excerpt:\\s*(\\S+?)#([\\w.-]+)\\s*-->\\s*$");
    private static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,}|~{3,})(.*)$");
    private static final Pattern REGION_START = Pattern.compile("^\\s*(?://|#)\\s*region\\s+([\\w.-]+)\\s*$");
    private static final Pattern REGION_END = Pattern.compile("^\\s*(?://|#)\\s*endregion\\b.*$");

    /**
     * A generated region: its kind ("sections ch03"), the line of its start marker, the line of
     * its end marker (-1 when missing) and the lines between.
     */
    public record Region(String kind, int start, int end, List<String> content) {
    }

    /**
     * An excerpt: its marker line, the source file and region it copies, the lines of the opening
     * and closing fences (-1 when missing) and the lines shown between them.
     */
    public record Excerpt(int marker, String source, String region, int open, int close, List<String> shown) {

        public String reference() {
            return source + "#" + region;
        }
    }

    /** A region of a source file: its lines (region markers left out, common indentation removed) and where it starts. */
    public record SourceRegion(int firstLine, List<String> lines) {
    }

    private Blocks() {
    }

    /** The generated regions of a page; markers inside fenced code (examples of the syntax) do not count. */
    public static List<Region> regions(List<String> lines) {
        Markdown page = new Markdown(lines);
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher start = GENERATED_START.matcher(lines.get(i));
            if (page.inCode(i + 1) || !start.matches()) {
                continue;
            }
            int end = -1;
            for (int j = i + 1; j < lines.size(); j++) {
                if (page.inCode(j + 1)) {
                    continue;
                }
                if (GENERATED_END.matcher(lines.get(j)).matches()) {
                    end = j;
                    break;
                }
                if (GENERATED_START.matcher(lines.get(j)).matches()) {
                    break;
                }
            }
            List<String> content = end < 0 ? List.of() : List.copyOf(lines.subList(i + 1, end));
            regions.add(new Region(start.group(1), i + 1, end < 0 ? -1 : end + 1, content));
            if (end > 0) {
                i = end;
            }
        }
        return regions;
    }

    /** The excerpts of a page; markers inside fenced code (examples of the syntax) do not count. */
    public static List<Excerpt> excerpts(List<String> lines) {
        Markdown page = new Markdown(lines);
        List<Excerpt> excerpts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = EXCERPT.matcher(lines.get(i));
            if (page.inCode(i + 1) || !m.matches()) {
                continue;
            }
            int open = i + 1;
            while (open < lines.size() && lines.get(open).isBlank()) {
                open++;
            }
            Matcher fence = open < lines.size() ? FENCE.matcher(lines.get(open)) : null;
            if (fence == null || !fence.matches()) {
                excerpts.add(new Excerpt(i + 1, m.group(1), m.group(2), -1, -1, List.of()));
                continue;
            }
            String mark = fence.group(2);
            int close = -1;
            for (int j = open + 1; j < lines.size(); j++) {
                Matcher f = FENCE.matcher(lines.get(j));
                if (f.matches() && f.group(2).charAt(0) == mark.charAt(0) && f.group(2).length() >= mark.length()
                        && f.group(3).isBlank()) {
                    close = j;
                    break;
                }
            }
            List<String> shown = close < 0 ? List.of() : List.copyOf(lines.subList(open + 1, close));
            excerpts.add(new Excerpt(i + 1, m.group(1), m.group(2), open + 1, close < 0 ? -1 : close + 1, shown));
            if (close > 0) {
                i = close;
            }
        }
        return excerpts;
    }

    /**
     * The lines of a marked region of a source file ({@code // region NAME} … {@code // endregion},
     * or with {@code #} in Python and shell), markers of nested regions left out and the common
     * indentation removed.
     *
     * @throws IllegalArgumentException saying what is missing, when the file or the region is
     */
    public static SourceRegion sourceRegion(Repo repo, String source, String name) {
        Path file = repo.resolve(source);
        if (!file.startsWith(repo.root()) || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("the source file " + source + " does not exist");
        }
        List<String> lines = Repo.read(file).lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = REGION_START.matcher(lines.get(i));
            if (m.matches() && m.group(1).equals(name)) {
                if (start >= 0) {
                    throw new IllegalArgumentException(source + " marks the region '" + name + "' twice (lines "
                            + (start + 1) + " and " + (i + 1) + ")");
                }
                start = i;
            }
        }
        if (start < 0) {
            throw new IllegalArgumentException(source + " has no region '" + name + "' (mark it with `// region "
                    + name + "` … `// endregion`)");
        }
        List<String> region = new ArrayList<>();
        int depth = 0;
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (REGION_START.matcher(line).matches()) {
                depth++;
            } else if (REGION_END.matcher(line).matches()) {
                if (depth == 0) {
                    return new SourceRegion(start + 2, dedent(region));
                }
                depth--;
            } else {
                region.add(line);
            }
        }
        throw new IllegalArgumentException(source + ": the region '" + name + "' opened at line " + (start + 1)
                + " has no `// endregion`");
    }

    /** Lines with trailing white space removed and the indentation they all share taken away. */
    static List<String> dedent(List<String> lines) {
        int common = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                int indent = 0;
                while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
                    indent++;
                }
                common = Math.min(common, indent);
            }
        }
        int cut = common == Integer.MAX_VALUE ? 0 : common;
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(cut).stripTrailing()).toList();
    }

    /** The first index where two lists of lines differ, or -1 when they are equal. */
    static int firstDifference(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : null;
            String a = i < actual.size() ? actual.get(i) : null;
            if (e == null || a == null || !e.stripTrailing().equals(a.stripTrailing())) {
                return i;
            }
        }
        return -1;
    }
}

package course.docs;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough Markdown for the checks: which lines are fenced code, the inline code spans,
 * the links, and the anchors a page offers (headings as GitHub slugs them, and HTML ids).
 */
public final class Markdown {

    /** A link found on a page: its line, its text and its target as written. */
    public record Link(int line, String text, String target) {
    }

    /** An inline code span: its line and its content. */
    public record CodeSpan(int line, String content) {
    }

    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})(.*)$");
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:\\s+(.*?))?\\s*$");
    private static final Pattern INLINE_LINK = Pattern.compile(
            "!?\\[((?:[^\\[\\]]|\\[[^\\]]*\\])*)\\]\\(\\s*(<[^>]*>|[^)\\s]*)(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[([^\\]]+)\\]:\\s*(<[^>]*>|\\S+).*$");
    private static final Pattern HTML_LINK = Pattern.compile("<(?:a|img)\\b[^>]*?\\b(?:href|src)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_ID = Pattern.compile("<[A-Za-z][^>]*?\\b(?:id|name)\\s*=\\s*\"([^\"]+)\"");

    private final List<String> lines;
    private final boolean[] code;

    public Markdown(String text) {
        this(text.lines().toList());
    }

    public Markdown(List<String> lines) {
        this.lines = List.copyOf(lines);
        this.code = fencedLines(this.lines);
    }

    public List<String> lines() {
        return lines;
    }

    /** Whether line {@code n} (1-based) belongs to a fenced code block, fence lines included. */
    public boolean inCode(int n) {
        return code[n - 1];
    }

    private static boolean[] fencedLines(List<String> lines) {
        boolean[] code = new boolean[lines.size()];
        String open = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = FENCE.matcher(lines.get(i));
            if (open == null) {
                if (m.matches()) {
                    open = m.group(1);
                    code[i] = true;
                }
            } else {
                code[i] = true;
                if (m.matches() && m.group(1).charAt(0) == open.charAt(0) && m.group(1).length() >= open.length()
                        && m.group(2).isBlank()) {
                    open = null;
                }
            }
        }
        return code;
    }

    /** A line with its code spans (backticks included) replaced by the same number of NUL characters. */
    static String maskCode(String line) {
        StringBuilder out = new StringBuilder(line);
        for (int[] span : codeSpanBounds(line)) {
            for (int i = span[0]; i < span[1]; i++) {
                out.setCharAt(i, '\0');
            }
        }
        return out.toString();
    }

    /** [start, end) of every code span of a line, backticks included. */
    private static List<int[]> codeSpanBounds(String line) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = 0;
            while (i + run < line.length() && line.charAt(i + run) == '`') {
                run++;
            }
            int close = findRun(line, i + run, run);
            if (close < 0) {
                i += run;
                continue;
            }
            spans.add(new int[] {i, close + run});
            i = close + run;
        }
        return spans;
    }

    private static int findRun(String line, int from, int length) {
        int i = from;
        while (i < line.length()) {
            if (line.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = 0;
            while (i + run < line.length() && line.charAt(i + run) == '`') {
                run++;
            }
            if (run == length) {
                return i;
            }
            i += run;
        }
        return -1;
    }

    /** The inline code spans of the page, outside fenced code. */
    public List<CodeSpan> codeSpans() {
        List<CodeSpan> spans = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            if (inCode(n)) {
                continue;
            }
            String line = lines.get(n - 1);
            for (int[] b : codeSpanBounds(line)) {
                String inner = line.substring(b[0], b[1]).replaceAll("^`+|`+$", "").strip();
                spans.add(new CodeSpan(n, inner));
            }
        }
        return spans;
    }

    /** Every link of the page outside code: inline links and images, reference definitions, HTML href/src. */
    public List<Link> links() {
        List<Link> links = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            if (inCode(n)) {
                continue;
            }
            String line = maskCode(lines.get(n - 1));
            Matcher m = INLINE_LINK.matcher(line);
            while (m.find()) {
                String target = m.group(2);
                if (target.startsWith("<") && target.endsWith(">")) {
                    target = target.substring(1, target.length() - 1);
                }
                links.add(new Link(n, lines.get(n - 1).substring(m.start(1), m.end(1)), target));
            }
            Matcher ref = REFERENCE_DEFINITION.matcher(line);
            if (ref.matches()) {
                String target = ref.group(2);
                if (target.startsWith("<") && target.endsWith(">")) {
                    target = target.substring(1, target.length() - 1);
                }
                links.add(new Link(n, ref.group(1), target));
            }
            Matcher html = HTML_LINK.matcher(line);
            while (html.find()) {
                links.add(new Link(n, "", html.group(1)));
            }
        }
        return links;
    }

    /** The line with the targets of its inline links blanked out (their text stays). */
    static String maskLinkTargets(String line) {
        StringBuilder out = new StringBuilder(line);
        Matcher m = INLINE_LINK.matcher(maskCode(line));
        while (m.find()) {
            for (int i = m.start(2); i < m.end(2); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** Every anchor the page offers: the GitHub slug of each heading, and each HTML id or name. */
    public Set<String> anchors() {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int n = 1; n <= lines.size(); n++) {
            if (inCode(n)) {
                continue;
            }
            String line = lines.get(n - 1);
            String heading = headingText(n);
            if (heading != null) {
                String slug = slug(heading);
                int count = seen.merge(slug, 1, Integer::sum);
                anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
            Matcher id = HTML_ID.matcher(maskCode(line));
            while (id.find()) {
                anchors.add(id.group(1));
            }
        }
        return anchors;
    }

    /** The text of the heading on line {@code n} (ATX "# …" or setext underlined), or null. */
    public String headingText(int n) {
        if (inCode(n)) {
            return null;
        }
        String line = lines.get(n - 1);
        Matcher atx = ATX_HEADING.matcher(line);
        if (atx.matches()) {
            String text = atx.group(2) == null ? "" : atx.group(2);
            return text.replaceFirst("\\s+#+$", "").replaceFirst("^#+$", "").strip();
        }
        if (n < lines.size() && !inCode(n + 1) && !line.isBlank()
                && lines.get(n).matches("^ {0,3}(=+|-+)\\s*$")
                && !line.strip().matches("^([|>*+-]|\\d+[.)]|#).*")) {
            return line.strip();
        }
        return null;
    }

    /**
     * The anchor GitHub gives a heading: the heading's text without markup, lower-cased, every
     * character that is not a letter, digit, '_', '-' or space removed, spaces turned into '-'.
     * Letters of every script stay, so Chinese titles keep their characters.
     */
    public static String slug(String heading) {
        String text = heading.replaceAll("<[^>]*>", "")
                .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .strip()
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || Character.getType(c) == Character.CONNECTOR_PUNCTUATION) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    /** A link target's path part, percent-decoded ("a%20b.md#x" → "a b.md"). */
    static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}

package course.kit.test;

import course.kit.Course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a demo: the Javadoc of its class, read from the source. Every demo of a catalogue
 * opens with the same labelled parts, in this order (a docs check holds them to it):
 * <pre>
 * §N.M English title (中文标题) — what the demo shows.
 *
 * &lt;p&gt;&lt;b&gt;The Python original&lt;/b&gt; …
 * &lt;p&gt;&lt;b&gt;In Java&lt;/b&gt; …                 (optional)
 * &lt;p&gt;&lt;b&gt;Run:&lt;/b&gt; {&#64;code ./mvnw -q -pl chNN-topic compile exec:exec -Dsection=N.M} …
 * &lt;p&gt;&lt;b&gt;Expected&lt;/b&gt; … &lt;pre&gt; the output &lt;/pre&gt;
 * </pre>
 * A demo whose output is always the same has one source for it: its test compares what the demo
 * printed with {@link #expected()}, the lines of the header's {@code <pre>} block after
 * "Expected", so the header cannot drift from the program.
 *
 * @param title    the first sentence line, without the leading {@code * }
 * @param labels   the labels found ({@code The Python original}, {@code Run:} …), in order
 * @param expected the lines of the {@code <pre>} block that follows the {@code Expected} label, as
 *                 the reader of the Javadoc sees them (HTML entities and {@code {@literal}} resolved);
 *                 empty if there is none
 * @param text     the whole Javadoc, its lines joined with {@code \n}, without the leading {@code * }
 * @param line     the line of the source where the Javadoc starts (1-based)
 */
public record DemoHeader(String title, List<String> labels, List<String> expected, String text, int line) {

    /** The labelled parts, in their order. "In Java" may be left out. */
    public static final List<String> PARTS = List.of("The Python original", "In Java", "Run:", "Expected");

    private static final Pattern LABEL = Pattern.compile("<b>([^<]{1,40})</b>");

    /** The header of a demo class of the course, read from its chapter's sources. */
    public static DemoHeader of(Class<?> demo) {
        Class<?> top = demo;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        String[] parts = top.getName().split("\\.");
        Path root = Course.root();
        String id = parts[1];   // chNN
        Path module = Course.chapterModules(root).stream()
                .filter(p -> p.getFileName().toString().startsWith(id + "-")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no chapter module for " + demo.getName() + " under " + root));
        Path source = module.resolve("src/main/java/" + top.getName().replace('.', '/') + ".java");
        return read(source, demo.getSimpleName())
                .orElseThrow(() -> new IllegalStateException("no Javadoc before the class " + demo.getSimpleName() + " in " + source));
    }

    /** The Javadoc right before the declaration of class {@code simpleName} in {@code source}, if it has one. */
    public static Optional<DemoHeader> read(Path source, String simpleName) {
        List<String> lines;
        try {
            lines = Files.readAllLines(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Pattern declaration = Pattern.compile("^\\s*(public\\s+|static\\s+|final\\s+|abstract\\s+)*(class|record|enum|interface)\\s+"
                + Pattern.quote(simpleName) + "\\b");
        int declared = -1;
        for (int i = 0; i < lines.size() && declared < 0; i++) {
            if (declaration.matcher(lines.get(i)).find()) {
                declared = i;
            }
        }
        int end = declared - 1;
        while (end >= 0 && (lines.get(end).isBlank() || lines.get(end).strip().startsWith("@"))) {
            end--;
        }
        if (end < 0 || !lines.get(end).strip().endsWith("*/")) {
            return Optional.empty();
        }
        int start = end;
        while (start >= 0 && !lines.get(start).strip().startsWith("/**")) {
            start--;
        }
        if (start < 0) {
            return Optional.empty();
        }
        List<String> body = new ArrayList<>();
        for (int i = start; i <= end; i++) {
            String text = lines.get(i).strip();
            if (i == start) {
                text = text.substring(3);
            }
            if (i == end) {
                text = text.substring(0, text.length() - 2);
            }
            text = text.strip();
            body.add(text.startsWith("*") ? text.substring(1).replaceFirst("^ ", "") : text);
        }
        String title = body.stream().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse("");
        List<String> labels = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        boolean afterExpected = false;
        boolean inPre = false;
        for (String text : body) {
            if (inPre) {
                if (text.strip().startsWith("</pre>")) {
                    inPre = false;
                    afterExpected = false;
                    continue;
                }
                expected.add(unescape(text));
                continue;
            }
            Matcher label = LABEL.matcher(text);
            while (label.find()) {
                labels.add(label.group(1));
                if (label.group(1).equals("Expected")) {
                    afterExpected = expected.isEmpty();
                }
            }
            if (afterExpected && text.strip().startsWith("<pre>")) {
                inPre = true;
            }
        }
        return Optional.of(new DemoHeader(title, List.copyOf(labels), List.copyOf(expected), String.join("\n", body), start + 1));
    }

    /** What the reader of the Javadoc sees: entities and {@literal {@literal …}} resolved. */
    static String unescape(String html) {
        return html.replaceAll("\\{@literal ([^}]*)}", "$1")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&#64;", "@").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}

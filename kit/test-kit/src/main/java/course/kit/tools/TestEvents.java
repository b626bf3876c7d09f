package course.kit.tools;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a test run did, read from the reports JUnit writes itself: the Open Test Reporting event
 * files ({@code target/test-events/<n>/open-test-report.xml}, switched on in the kit's
 * {@code junit-platform.properties}, one file per test JVM). Unlike surefire's XML they keep the
 * tree: a parameterized test and its invocations, each with its display name.
 */
public final class TestEvents {

    /** Where a module's test JVMs write their event files. */
    public static final String FOLDER = "target/test-events";

    public enum Status { SUCCESSFUL, FAILED, ABORTED, SKIPPED }

    /**
     * One test that ran (or a test class whose own set-up or tear-down failed: then {@code test}
     * is empty). {@code names} are the display names from the class down: method, then invocation.
     * {@code failure} is the throwable's text (type, message, frames), empty when it passed.
     */
    public record Result(String className, String classDisplayName, List<String> names, Status status,
                         String failure, boolean container) {

        /** The test's own display name: its method's, with its invocation's after a colon. */
        public String displayName() {
            return names.isEmpty() ? "(the test class itself)" : String.join(": ", names);
        }

        public boolean passed() {
            return status == Status.SUCCESSFUL;
        }

        /** Failed or erred: a test that was skipped, or aborted by an assumption that did not hold, did not fail. */
        public boolean failed() {
            return status == Status.FAILED;
        }

        /** A stub's {@code TODO: exercise …} failure, thrown by the stub or quoted in an assertion about it. */
        public boolean isTodo() {
            return failure.contains("TODO: exercise ");
        }

        /** The line that says what went wrong: the stub's TODO, or the failure's message without its trace. */
        public String reason() {
            int todo = failure.indexOf("TODO: exercise ");
            if (todo >= 0) {
                // Quoted in an assertion's message, the line may end in the quote's closing mark.
                return failure.substring(todo).lines().findFirst().orElse("").strip().replaceAll("[\"']+$", "");
            }
            List<String> lines = new ArrayList<>();
            for (String line : failure.lines().toList()) {
                if (line.startsWith("\tat ") || line.strip().startsWith("...(")) {
                    break;
                }
                lines.add(line);
            }
            String first = lines.isEmpty() ? "" : lines.getFirst();
            // "java.lang.AssertionError: " and friends say nothing a reader needs.
            lines.set(0, first.replaceFirst("^(java\\.lang\\.AssertionError|org\\.opentest4j\\.AssertionFailedError):\\s*", ""));
            return String.join("\n", lines).strip();
        }

        /** The frame of the test class where it failed, as {@code AgeParserTest.java:42}, if any. */
        public Optional<String> testLine() {
            String simple = className.substring(className.lastIndexOf('.') + 1);
            return failure.lines().map(String::strip)
                    .filter(l -> l.startsWith("at " + className + "."))
                    .map(l -> l.substring(l.lastIndexOf('(') + 1, l.lastIndexOf(')')))
                    .filter(l -> l.startsWith(simple + ".java:"))
                    .findFirst();
        }
    }

    private TestEvents() {
    }

    /** Every result in the event files under {@code module/target/test-events}, in the order they finished. */
    public static List<Result> read(Path module) throws IOException {
        return readFolder(module.resolve(FOLDER));
    }

    /** Every result in the event files under {@code folder}. */
    public static List<Result> readFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Result> results = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("open-test-report.xml")).sorted().toList()) {
                results.addAll(parse(file));
            }
        }
        return results;
    }

    private record Started(String name, String parentId, String type, String className, boolean classNode) {
    }

    static List<Result> parse(Path file) throws IOException {
        Element root;
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("cannot read the test events " + file + ": " + e.getMessage(), e);
        }
        Map<String, Started> started = new HashMap<>();
        List<Result> results = new ArrayList<>();
        NodeList events = root.getChildNodes();
        for (int i = 0; i < events.getLength(); i++) {
            if (!(events.item(i) instanceof Element event)) {
                continue;
            }
            String id = event.getAttribute("id");
            if (event.getTagName().equals("e:started")) {
                Element classSource = first(event, "java:classSource");
                Element methodSource = first(event, "java:methodSource");
                String className = classSource != null ? classSource.getAttribute("className")
                        : methodSource != null ? methodSource.getAttribute("className") : "";
                started.put(id, new Started(event.getAttribute("name"), event.getAttribute("parentId"),
                        text(first(event, "junit:type")), className, classSource != null));
            } else if (event.getTagName().equals("e:finished")) {
                Started node = started.get(id);
                Element result = first(event, "result");
                if (node == null || result == null || node.className().isEmpty()) {
                    continue;
                }
                Status status = Status.valueOf(result.getAttribute("status"));
                boolean isTest = node.type().equals("TEST");
                // A container counts only when it failed by itself (a class whose @AfterAll or leak check failed).
                if (!isTest && status == Status.SUCCESSFUL) {
                    continue;
                }
                if (!isTest && !node.classNode() && status != Status.FAILED) {
                    continue;
                }
                List<String> names = new ArrayList<>();
                String classDisplayName = node.name();
                for (Started n = node; n != null && !n.classNode(); n = started.get(n.parentId())) {
                    names.addFirst(n.name());
                    Started parent = started.get(n.parentId());
                    if (parent != null && parent.classNode()) {
                        classDisplayName = parent.name();
                    }
                }
                Element throwable = first(result, "java:throwable");
                Element reason = first(result, "reason");
                String failure = throwable != null ? text(throwable) : reason != null ? text(reason) : "";
                results.add(new Result(node.className(), classDisplayName, List.copyOf(names), status, failure, !isTest));
            }
        }
        return results;
    }

    private static Element first(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }

    private static String text(Node node) {
        return node == null ? "" : node.getTextContent();
    }
}

package course.kit.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reading surefire's XML reports and finding the exercise test classes: shared by both tools. */
public final class Reports {

    enum Outcome { PASSED, FAILED, ERROR, SKIPPED }

    record TestCase(String className, String name, Outcome outcome, String message) {
        String id() {
            return className + "#" + name;
        }
    }

    private Reports() {
    }

    /** Fully qualified names of every exercise test class in the chapters' test sources. */
    static List<String> exerciseTestClasses(Path root) throws IOException {
        List<String> classes = new ArrayList<>();
        try (Stream<Path> chapters = Files.list(root)) {
            for (Path chapter : chapters.filter(p -> p.getFileName().toString().matches("ch\\d\\d-.*")).sorted().toList()) {
                classes.addAll(exerciseTestClasses(root, chapter));
            }
        }
        return classes;
    }

    static List<String> exerciseTestClasses(Path root, Path chapter) throws IOException {
        Path sources = chapter.resolve("src/test/java");
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(f -> f.getFileName().toString().endsWith("Test.java"))
                    .filter(f -> sources.relativize(f).toString().replace('\\', '/').contains("/exercises/"))
                    .map(f -> sources.relativize(f).toString().replace('\\', '/').replaceAll("\\.java$", "").replace('/', '.'))
                    .sorted()
                    .toList();
        }
    }

    /** Test cases per test class, from every TEST-*.xml in a surefire reports folder. */
    static Map<String, List<TestCase>> read(Path reportsDir) throws IOException {
        Map<String, List<TestCase>> byClass = new TreeMap<>();
        if (!Files.isDirectory(reportsDir)) {
            return byClass;
        }
        try (Stream<Path> files = Files.list(reportsDir)) {
            for (Path report : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList()) {
                for (TestCase t : parse(report)) {
                    byClass.computeIfAbsent(t.className(), k -> new ArrayList<>()).add(t);
                }
            }
        }
        return byClass;
    }

    private static List<TestCase> parse(Path report) throws IOException {
        try {
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var doc = factory.newDocumentBuilder().parse(report.toFile());
            var nodes = doc.getElementsByTagName("testcase");
            List<TestCase> cases = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                var e = (org.w3c.dom.Element) nodes.item(i);
                Outcome outcome = Outcome.PASSED;
                String message = "";
                for (var tag : List.of("failure", "error", "skipped")) {
                    var child = e.getElementsByTagName(tag);
                    if (child.getLength() > 0) {
                        outcome = switch (tag) {
                            case "failure" -> Outcome.FAILED;
                            case "error" -> Outcome.ERROR;
                            default -> Outcome.SKIPPED;
                        };
                        message = ((org.w3c.dom.Element) child.item(0)).getAttribute("message");
                        break;
                    }
                }
                String firstLine = message.lines().findFirst().orElse("");
                cases.add(new TestCase(e.getAttribute("classname"), e.getAttribute("name"), outcome, firstLine));
            }
            return cases;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("cannot read surefire report " + report + ": " + e.getMessage(), e);
        }
    }
}

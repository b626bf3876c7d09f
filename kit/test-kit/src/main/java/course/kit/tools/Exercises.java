package course.kit.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A chapter's exercises, found the way the grader finds them: every test class
 * {@code src/test/java/…/exercises/NameTest.java} is the test of the exercise {@code Name}, whose
 * stub is {@code src/main/java/…/exercises/Name.java}.
 *
 * <p>The test class's display name gives the section and the difficulty,
 * {@code @DisplayName("Exercise 1.3 · AgeParser (easy)")}: the tests are the course's, while the
 * stub is the student's to edit. The stub's Javadoc begins with the same words and a summary,
 * {@code Exercise 1.3 · AgeParser (easy) — parse an age …}, for the reader; a docs check keeps
 * the two equal.
 */
public final class Exercises {

    /** "Exercise N.M · Name (difficulty) — summary", the first line of an exercise stub's Javadoc. */
    public static final Pattern HEADER = Pattern.compile(
            "Exercise\\s+(\\d+\\.\\d+)\\s+·\\s+([A-Za-z_$][\\w$]*)\\s+\\((easy|medium|hard)\\)\\s+—\\s+(.+)");

    /** The test class's {@code @DisplayName("Exercise N.M · Name (difficulty)")}. */
    public static final Pattern TEST_NAME = Pattern.compile(
            "@DisplayName\\(\"Exercise\\s+(\\d+\\.\\d+)\\s+·\\s+([A-Za-z_$][\\w$]*)\\s+\\((easy|medium|hard)\\)\"\\)");

    private static final List<String> LEVELS = List.of("easy", "medium", "hard");

    /**
     * One exercise. {@code section} and {@code difficulty} come from the test class's display name
     * (empty when it has none); {@code summary} from the stub's header, and {@code headerText} and
     * {@code headerLine} are the stub Javadoc's first line as written and its line number (0 when
     * the stub has no Javadoc).
     */
    public record Exercise(String module, String name, String testClass, String stub, String test,
                           String section, String difficulty, String summary, String headerText, int headerLine) {

        /** The stub's fully qualified class name: the test class without its {@code Test}. */
        public String className() {
            return testClass.substring(0, testClass.length() - "Test".length());
        }

        public boolean hasHeader() {
            return !section.isEmpty();
        }

        /** Whether the stub's header names this exercise with the test's section and difficulty. */
        public boolean headerAgrees() {
            Matcher m = HEADER.matcher(headerText.strip());
            return m.matches() && m.group(1).equals(section) && m.group(2).equals(name) && m.group(3).equals(difficulty);
        }

        /** The command that runs this exercise's tests alone. */
        public String testCommand() {
            return "./mvnw -q test -pl " + module + " -Dtest=" + testClass.substring(testClass.lastIndexOf('.') + 1);
        }

        /** Course order: by section, then easy before hard, then by name. */
        public static final Comparator<Exercise> COURSE_ORDER = Comparator
                .comparing((Exercise e) -> sectionKey(e.section()))
                .thenComparing(e -> LEVELS.indexOf(e.difficulty()))
                .thenComparing(Exercise::name);

        private static int sectionKey(String section) {
            Matcher m = Pattern.compile("(\\d+)\\.(\\d+)").matcher(section);
            return m.matches() ? Integer.parseInt(m.group(1)) * 1000 + Integer.parseInt(m.group(2)) : Integer.MAX_VALUE;
        }
    }

    private Exercises() {
    }

    /** The exercises of the chapter module at {@code root/module}, in course order. Paths are relative to {@code root}. */
    public static List<Exercise> of(Path root, String module) {
        Path tests = root.resolve(module).resolve("src/test/java");
        if (!Files.isDirectory(tests)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(tests)) {
            return files.filter(f -> f.getFileName().toString().endsWith("Test.java"))
                    .filter(f -> tests.relativize(f).toString().replace('\\', '/').contains("/exercises/"))
                    .sorted()
                    .map(f -> exercise(root, module, tests, f))
                    .sorted(Exercise.COURSE_ORDER)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The exercise of one test file, {@code root/module/src/test/java/<testPath>}, even when that
     * file is gone (then its section and difficulty are empty: the grader fills them in from the
     * stub's header).
     */
    public static Exercise ofTest(Path root, String module, String testPath) {
        Path tests = root.resolve(module).resolve("src/test/java");
        return exercise(root, module, tests, tests.resolve(testPath));
    }

    private static Exercise exercise(Path root, String module, Path tests, Path test) {
        String relative = tests.relativize(test).toString().replace('\\', '/');
        String testClass = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
        String name = testClass.substring(testClass.lastIndexOf('.') + 1).replaceAll("Test$", "");
        String stub = module + "/src/main/java/" + relative.replace("Test.java", ".java");
        String headerText = "";
        int headerLine = 0;
        Path stubFile = root.resolve(stub);
        if (Files.isRegularFile(stubFile)) {
            List<String> lines;
            try {
                lines = Files.readAllLines(stubFile);
            } catch (IOException e) {
                lines = List.of();   // unreadable: an exercise without a header
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("/**")) {
                    String rest = line.substring(3).strip();
                    if (rest.isEmpty() && i + 1 < lines.size()) {
                        i++;
                        rest = lines.get(i).strip().replaceFirst("^\\*\\s?", "");
                    }
                    headerLine = i + 1;
                    headerText = rest;
                    break;
                }
            }
        }
        Optional<Matcher> header = Optional.of(HEADER.matcher(headerText.strip())).filter(Matcher::matches);
        Optional<Matcher> displayName;
        try {
            displayName = Optional.of(TEST_NAME.matcher(Files.readString(test))).filter(Matcher::find);
        } catch (IOException e) {
            displayName = Optional.empty();   // unreadable: an exercise without section and difficulty
        }
        return new Exercise(module, name, testClass, stub, module + "/src/test/java/" + relative,
                displayName.map(m -> m.group(1)).orElse(""), displayName.map(m -> m.group(3)).orElse(""),
                header.map(m -> m.group(4)).orElse(""), headerText, headerLine);
    }
}

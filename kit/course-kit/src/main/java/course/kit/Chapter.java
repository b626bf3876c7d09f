package course.kit;

import java.util.List;
import java.util.Optional;

/**
 * A chapter's catalogue: its number, module, titles and sections. Each chapter has exactly one,
 * {@code course.chNN.ChapterNN.CHAPTER}; the launcher, the chapter's tests, the course tools and
 * the docs checks all read it, so no second list of sections or demos exists anywhere.
 */
public record Chapter(int number, String module, String english, String chinese, List<Section> sections) {

    public Chapter {
        sections = List.copyOf(sections);
    }

    public static Chapter of(int number, String module, String english, String chinese, Section... sections) {
        return new Chapter(number, module, english, chinese, List.of(sections));
    }

    /** "Chapter 1 — Exceptions (异常处理)" */
    public String title() {
        return "Chapter " + number + " — " + english + " (" + chinese + ")";
    }

    /** "ch01" */
    public String id() {
        return "ch%02d".formatted(number);
    }

    public Optional<Section> section(String sectionNumber) {
        return sections.stream().filter(s -> s.number().equals(sectionNumber)).findFirst();
    }

    /** The command that runs one section's demos: the launcher of {@code module}, in a fresh JVM. */
    public static String runCommand(String module, String section) {
        return "./mvnw -q -pl " + module + " compile exec:exec" + (section.isEmpty() ? "" : " -Dsection=" + section);
    }

    public String runCommand(String section) {
        return runCommand(module, section);
    }

    /**
     * The catalogue of a chapter module, found by the naming rule: module {@code chNN-topic} holds
     * it in {@code course.chNN.ChapterNN.CHAPTER}. The class must be on the class path.
     */
    public static Chapter load(String module, ClassLoader loader) {
        if (!module.matches("ch\\d\\d-.+")) {
            throw new IllegalArgumentException("not a chapter module (chNN-topic): " + module);
        }
        String id = module.substring(2, 4);
        String className = "course.ch" + id + ".Chapter" + id;
        try {
            return (Chapter) Class.forName(className, true, loader).getField("CHAPTER").get(null);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("cannot read the catalogue " + className + ".CHAPTER of " + module
                    + " (is the chapter compiled and on the class path?): " + e, e);
        }
    }
}

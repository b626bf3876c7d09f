package course.docs;

import course.kit.tools.Exercises;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The course as the code says it is: every chapter's catalogue ({@code course.chNN.ChapterNN.SECTIONS},
 * the only list of sections and demos) and the exercises found in the chapters' sources.
 * The pages are generated from this and checked against it.
 */
public record Course(Repo repo, List<Chapter> chapters) {

    /** A chapter: its number, its module folder, its title and catalogue, and its exercises. */
    public record Chapter(int number, String module, String title, List<Section> sections, List<Exercise> exercises) {

        public String id() {
            return "ch%02d".formatted(number);
        }

        public String readme() {
            return module + "/README.md";
        }

        /** The command that runs one section's demos (the chapter launcher, in a fresh JVM). */
        public String runCommand(String section) {
            return "./mvnw -q -pl " + module + " compile exec:exec -Dsection=" + section;
        }

        public Optional<Section> section(String number) {
            return sections.stream().filter(s -> s.number().equals(number)).findFirst();
        }

        public List<Exercise> exercisesOf(String section) {
            return exercises.stream().filter(e -> e.header().map(h -> h.section().equals(section)).orElse(false)).toList();
        }
    }

    /** One numbered section of the original, with its titles and its demos in order. */
    public record Section(String number, String english, String chinese, List<Demo> demos) {
    }

    /** One demo: a class with a main, and its source file (relative to the repository root). */
    public record Demo(String className, String source) {

        public String simpleName() {
            String name = className.substring(className.lastIndexOf('.') + 1);
            return name.substring(name.lastIndexOf('$') + 1);
        }
    }

    /**
     * One exercise ({@link Exercises.Exercise}): the test class that grades it, the stub it tests,
     * the section and difficulty its test's display name gives, and the header of the stub's
     * Javadoc, if it could be read.
     */
    public record Exercise(String name, String className, String stub, String test, int headerLine,
                           String headerText, Optional<Header> header, String testSection, String testDifficulty) {
    }

    /** "Exercise N.M · Name (difficulty) — summary", the first line of an exercise stub's Javadoc. */
    public record Header(String section, String name, String difficulty, String summary) {

        static Optional<Header> parse(String text) {
            Matcher m = Exercises.HEADER.matcher(text.strip());
            return m.matches() ? Optional.of(new Header(m.group(1), m.group(2), m.group(3), m.group(4))) : Optional.empty();
        }
    }

    public Path root() {
        return repo.root();
    }

    public Optional<Chapter> chapter(int number) {
        return chapters.stream().filter(c -> c.number() == number).findFirst();
    }

    public int sectionCount() {
        return chapters.stream().mapToInt(c -> c.sections().size()).sum();
    }

    public int demoCount() {
        return chapters.stream().flatMap(c -> c.sections().stream()).mapToInt(s -> s.demos().size()).sum();
    }

    public int exerciseCount() {
        return chapters.stream().mapToInt(c -> c.exercises().size()).sum();
    }

    /**
     * The real course: each chapter module {@code chNN-…} under the root, its catalogue
     * ({@code course.chNN.ChapterNN.CHAPTER}) read from the class path.
     */
    public static Course load(Repo repo) {
        List<Chapter> chapters = new ArrayList<>();
        for (Path module : repo.chapterModules()) {
            String folder = module.getFileName().toString();
            course.kit.Chapter catalogue = course.kit.Chapter.load(folder, Course.class.getClassLoader());
            List<Section> sections = new ArrayList<>();
            for (course.kit.Section s : catalogue.sections()) {
                List<Demo> demos = new ArrayList<>();
                for (course.kit.Demo d : s.demos()) {
                    String className = d.mainClass().getName();
                    demos.add(new Demo(className, sourceOf(folder, className)));
                }
                sections.add(new Section(s.number(), s.english(), s.chinese(), List.copyOf(demos)));
            }
            chapters.add(chapter(repo, catalogue.number(), folder, catalogue.title(), sections));
        }
        return new Course(repo, List.copyOf(chapters));
    }

    /** A chapter whose exercises are read from its module's sources. */
    public static Chapter chapter(Repo repo, int number, String module, String title, List<Section> sections) {
        return new Chapter(number, module, title, List.copyOf(sections), exercises(repo, module));
    }

    /** The source file of a demo class: the top-level class's file in the chapter's main sources. */
    public static String sourceOf(String module, String className) {
        String topLevel = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        return module + "/src/main/java/" + topLevel.replace('.', '/') + ".java";
    }

    /** The exercises of a module, found as the grader finds them ({@link Exercises}), in course order. */
    static List<Exercise> exercises(Repo repo, String module) {
        return Exercises.of(repo.root(), module).stream()
                .map(e -> new Exercise(e.name(), e.className(), e.stub(), e.test(), e.headerLine(), e.headerText(),
                        Header.parse(e.headerText()), e.section(), e.difficulty()))
                .toList();
    }
}

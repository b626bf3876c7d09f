package course.kit;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The chapter launcher: lists a chapter's sections, or runs the demos of one section in order.
 *
 * <pre>
 * ./mvnw -q -pl ch03-multiprocessing compile exec:exec                 # list chapter 3's sections
 * ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.9   # run the demos of §3.9
 * </pre>
 *
 * <p>The build runs {@link #main} once in every chapter module of the run, each time in a fresh
 * JVM on that chapter's class path (exec:exec, see the root pom). Run for one chapter ({@code -pl}),
 * it answers for that chapter: a section of another chapter gets the command that runs it there.
 * Run for the whole course (no {@code -pl}), it names the command to use instead: the chapter that
 * holds the section answers and the others stay silent; the first chapter answers when no chapter
 * can (no section given, or no such section).
 *
 * <p>A wrong command line gets a {@code usage:} line on stderr and exit code 2 ({@link Usage}).
 */
public final class Launcher {

    /** The modules chosen with {@code -pl}, as Maven prints them: "[ch01-exceptions]"; "[]" for the whole course. */
    public static final String CHOSEN_PROPERTY = "course.launcher.chosen";

    private Launcher() {
    }

    /** {@code Launcher MODULE [SECTION]}: the build's entry point (exec:exec in a chapter module). */
    public static void main(String[] args) throws Throwable {
        if (args.length == 0 || !args[0].matches("ch\\d\\d-.+")) {
            Usage.exit("usage: ./mvnw -q -pl chNN-topic compile exec:exec [-Dsection=N.M]   (Launcher MODULE [SECTION])");
        }
        Chapter chapter = Chapter.load(args[0], Launcher.class.getClassLoader());
        boolean wholeCourse = System.getProperty(CHOSEN_PROPERTY, "").strip().equals("[]");
        run(chapter, wholeCourse, Arrays.copyOfRange(args, 1, args.length));
    }

    /** The launcher of one chapter, as a chapter's own {@code main} calls it: no argument lists, one runs. */
    public static void run(Chapter chapter, String... args) throws Throwable {
        run(chapter, false, args);
    }

    /** The launcher of one chapter, run for that chapter alone or (wholeCourse) for the whole course. */
    public static void run(Chapter chapter, boolean wholeCourse, String... args) throws Throwable {
        String usage = "usage: " + chapter.runCommand("N.M");
        if (args.length > 1) {
            Usage.exit(usage + "   (one section at most; got: " + String.join(" ", args) + ")");
        }
        String wanted = args.length == 0 ? "" : args[0].strip();
        boolean first = isFirstChapter(chapter);
        if (wanted.isEmpty()) {
            if (!wholeCourse) {
                list(chapter);
            } else if (first) {
                listChapters();
                Usage.exit("usage: " + Chapter.runCommand("chNN-topic", "N.M") + "   (a section runs in its chapter's module)");
            }
            return;
        }
        Optional<Section> section = chapter.section(wanted);
        if (section.isPresent() && wholeCourse) {
            Usage.exit("usage: " + chapter.runCommand(wanted) + "   (a section runs in its chapter's module)");
        }
        if (section.isPresent()) {
            runDemos(section.get());
            return;
        }
        Optional<String> owner = owningModule(wanted).filter(module -> !module.equals(chapter.module()));
        if (owner.isPresent()) {
            if (!wholeCourse) {
                Usage.exit("usage: " + Chapter.runCommand(owner.get(), wanted) + "   (§" + wanted + " is in "
                        + owner.get() + ", not " + chapter.module() + ")");
            }
            return;  // the whole course runs: the owning chapter answers
        }
        if (!wholeCourse || first || wanted.startsWith(chapter.number() + ".")) {
            System.err.println("Unknown section '" + wanted + "'; " + chapter.module() + " has "
                    + chapter.sections().stream().map(Section::number).toList());
            Usage.exit(usage);
        }
    }

    private static void list(Chapter chapter) {
        StringBuilder text = new StringBuilder(chapter.title()).append('\n');
        for (Section s : chapter.sections()) {
            text.append("  %-5s %s (%s)%n".formatted(s.number(), s.english(), s.chinese()));
        }
        text.append("Run one: ").append(chapter.runCommand(chapter.sections().getFirst().number())).append('\n');
        System.out.print(text);
    }

    private static void listChapters() {
        StringBuilder text = new StringBuilder("Each chapter lists its sections:\n");
        for (Path module : courseChapters()) {
            text.append("  ").append(Chapter.runCommand(module.getFileName().toString(), "")).append('\n');
        }
        System.out.print(text);
    }

    private static void runDemos(Section section) throws Throwable {
        System.out.printf("§%s %s (%s)%n", section.number(), section.english(), section.chinese());
        for (Demo demo : section.demos()) {
            System.out.printf("%n=== %s%s%n", demo.mainClass().getName(),
                    demo.launcherArgs().isEmpty() ? "" : " " + String.join(" ", demo.launcherArgs()));
            MethodHandles.publicLookup()
                    .findStatic(demo.mainClass(), "main", MethodType.methodType(void.class, String[].class))
                    .invoke((Object) demo.launcherArgs().toArray(String[]::new));
        }
    }

    /** The module of the chapter a section number belongs to ("3.9" → ch03-…), if the course has it. */
    private static Optional<String> owningModule(String section) {
        if (!section.matches("\\d{1,2}\\.\\d{1,2}")) {
            return Optional.empty();
        }
        String prefix = "ch%02d-".formatted(Integer.parseInt(section.substring(0, section.indexOf('.'))));
        return courseChapters().stream().map(p -> p.getFileName().toString()).filter(m -> m.startsWith(prefix)).findFirst();
    }

    private static boolean isFirstChapter(Chapter chapter) {
        List<Path> modules = courseChapters();
        return modules.isEmpty() || modules.getFirst().getFileName().toString().equals(chapter.module());
    }

    /** The course's chapter modules, seen from the working directory (a chapter's folder, under the build). */
    private static List<Path> courseChapters() {
        return Course.findRoot(Path.of("").toAbsolutePath()).map(Course::chapterModules).orElse(List.of());
    }
}

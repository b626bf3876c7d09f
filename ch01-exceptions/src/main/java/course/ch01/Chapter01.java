package course.ch01;

import course.ch01.s01_exceptions.CompileTimeErrors;
import course.ch01.s01_exceptions.RuntimeErrors;
import course.ch01.s02_common.PythonToJavaTable;
import course.ch01.s03_handling.CatchRules;
import course.ch01.s03_handling.GuessTheAge;
import course.ch01.s03_handling.LineCounter;
import course.ch01.s03_handling.PropagationAndFinally;
import course.ch01.s03_handling.ReadNumber;
import course.ch01.s04_raising.CheckedVsUnchecked;
import course.ch01.s04_raising.RaiseAndCatch;
import course.ch01.s04_raising.RethrowAndCause;
import course.ch01.s05_custom.CustomExceptions;
import course.ch01.s06_cleanup.FinallyAlwaysRuns;
import course.ch01.s06_cleanup.FinallyPitfalls;
import course.ch01.s06_cleanup.TryWithResources;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * Chapter 1 — Exceptions (异常处理): the catalogue of its sections and the launcher that runs them.
 *
 * <p>The list below is the only place where the chapter's sections and demos are named; the
 * launcher, the chapter README check and the course map all read it.
 *
 * <pre>
 * ./mvnw -q -pl ch01-exceptions compile exec:exec                  # list the sections
 * ./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=1.3    # run the demos of §1.3
 * </pre>
 * An unknown section, or more than one argument: a {@code usage:} line on stderr and exit code 2.
 */
public final class Chapter01 {

    /** One demo: a class with a {@code main}, and the arguments the launcher gives it. */
    public record Demo(Class<?> mainClass, List<String> launcherArgs) {
        static Demo of(Class<?> mainClass, String... launcherArgs) {
            return new Demo(mainClass, List.of(launcherArgs));
        }
    }

    /** One numbered section of the original, with its English and Chinese titles. */
    public record Section(String number, String english, String chinese, List<Demo> demos) {
        static Section of(String number, String english, String chinese, Demo... demos) {
            return new Section(number, english, chinese, List.of(demos));
        }
    }

    public static final String TITLE = "Chapter 1 — Exceptions (异常处理)";

    public static final List<Section> SECTIONS = List.of(
            Section.of("1.1", "Exceptions", "异常",
                    Demo.of(RuntimeErrors.class),
                    Demo.of(CompileTimeErrors.class)),
            Section.of("1.2", "Common exceptions", "常见异常",
                    Demo.of(PythonToJavaTable.class)),
            Section.of("1.3", "Handling exceptions", "异常处理",
                    Demo.of(GuessTheAge.class),
                    Demo.of(ReadNumber.class),
                    Demo.of(CatchRules.class),
                    Demo.of(PropagationAndFinally.class),
                    Demo.of(LineCounter.class, "pom.xml", "no-such-file.txt", "README.md")),
            Section.of("1.4", "Raising exceptions", "抛出异常",
                    Demo.of(RaiseAndCatch.class),
                    Demo.of(CheckedVsUnchecked.class),
                    Demo.of(RethrowAndCause.class)),
            Section.of("1.5", "Custom exceptions", "自定义异常",
                    Demo.of(CustomExceptions.class)),
            Section.of("1.6", "Cleanup actions", "定义清理行为",
                    Demo.of(FinallyAlwaysRuns.class),
                    Demo.of(TryWithResources.class),
                    Demo.of(FinallyPitfalls.class)));

    private Chapter01() {
    }

    static final String USAGE = "usage: ./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=N.M";

    /**
     * No argument (or a blank one, which is what exec:exec passes without {@code -Dsection}):
     * list the sections. One section number: run its demos. Anything else: a usage line on
     * stderr and exit code 2.
     */
    public static void main(String[] args) throws Throwable {
        if (args.length > 1) {
            Usage.exit(USAGE + "   (one section at most; got: " + String.join(" ", args) + ")");
        }
        if (args.length == 0 || args[0].isBlank()) {
            System.out.println(TITLE);
            for (Section s : SECTIONS) {
                System.out.printf("  %-5s %s (%s)%n", s.number(), s.english(), s.chinese());
            }
            System.out.println("Run one: ./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=1.3");
            return;
        }
        Section section = SECTIONS.stream()
                .filter(s -> s.number().equals(args[0].strip()))
                .findFirst()
                .orElse(null);
        if (section == null) {
            System.err.println("Unknown section '" + args[0] + "'; this chapter has "
                    + SECTIONS.stream().map(Section::number).toList());
            Usage.exit(USAGE);
            return;
        }
        System.out.printf("§%s %s (%s)%n", section.number(), section.english(), section.chinese());
        for (Demo demo : section.demos()) {
            System.out.printf("%n=== %s %s%n", demo.mainClass().getSimpleName(),
                    String.join(" ", demo.launcherArgs()));
            MethodHandles.publicLookup()
                    .findStatic(demo.mainClass(), "main", MethodType.methodType(void.class, String[].class))
                    .invoke((Object) demo.launcherArgs().toArray(String[]::new));
        }
    }
}

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
import course.kit.Chapter;
import course.kit.Demo;
import course.kit.Launcher;
import course.kit.Section;

/**
 * Chapter 1 — Exceptions (异常处理): the catalogue of its sections and demos.
 *
 * <p>{@link #CHAPTER} is the only place where the chapter's sections and demos are named; the
 * launcher, the chapter's tests, the course tools and the docs checks all read it.
 *
 * <pre>
 * ./mvnw -q -pl ch01-exceptions compile exec:exec                  # list the sections
 * ./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=1.1    # run the demos of §1.1
 * </pre>
 * The launcher is {@link Launcher}; {@link #main} runs it on this catalogue (from an IDE, say).
 */
public final class Chapter01 {

    public static final Chapter CHAPTER = Chapter.of(1, "ch01-exceptions", "Exceptions", "异常处理",
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

    /** No argument lists the sections; a section number runs its demos. */
    public static void main(String[] args) throws Throwable {
        Launcher.run(CHAPTER, args);
    }
}

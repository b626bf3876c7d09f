package course.ch02;

import course.ch02.s01_process.ProcessFacts;
import course.ch02.s02_program.OneProcessManyPrograms;
import course.ch02.s02_program.OneProgramThreeProcesses;
import course.ch02.s03_parallelism.EatAndAnswerInterleaved;
import course.ch02.s03_parallelism.EatThenAnswer;
import course.ch02.s03_parallelism.EatWhileOnThePhone;
import course.ch02.s03_parallelism.SpeedupMeasurement;
import course.ch02.s04_sync_async.AsyncCallback;
import course.ch02.s04_sync_async.NonBlockingRead;
import course.ch02.s04_sync_async.PollingIsDone;
import course.ch02.s04_sync_async.SyncBlockingGet;
import course.ch02.s05_creating.ProcessBuilderTour;
import course.ch02.s06_termination.FourWaysToEnd;
import course.ch02.s07_hierarchy.ProcessTree;
import course.ch02.s08_states.ProcStateLetters;
import course.ch02.s08_states.ThreadStates;
import course.ch02.s09_pcb.ProcStatusBeforeAfter;
import course.ch02.s09_pcb.PsListing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * Chapter 2 — Concurrency concepts (并发编程): the catalogue of its sections and the launcher that runs them.
 *
 * <p>The list below is the only place where the chapter's sections and demos are named; the
 * launcher, the chapter README check and the course map all read it.
 *
 * <pre>
 * ./mvnw -q -pl ch02-concepts compile exec:exec                  # list the sections
 * ./mvnw -q -pl ch02-concepts compile exec:exec -Dsection=2.1    # run the demos of §2.1
 * </pre>
 * An unknown section, or more than one argument, ends with the list of sections and a
 * {@code usage:} line on standard error, and exit code 2.
 */
public final class Chapter02 {

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

    public static final String TITLE = "Chapter 2 — Concurrency concepts (并发编程)";

    /** What the launcher prints when it is given something other than one section number. */
    public static final String USAGE = "usage: ./mvnw -q -pl ch02-concepts compile exec:exec -Dsection=N.M";

    public static final List<Section> SECTIONS = List.of(
            Section.of("2.1", "What is a process", "什么是进程",
                    Demo.of(ProcessFacts.class)),
            Section.of("2.2", "Process vs program", "进程与程序的区别",
                    Demo.of(OneProgramThreeProcesses.class),
                    Demo.of(OneProcessManyPrograms.class)),
            Section.of("2.3", "Concurrency vs parallelism", "并发与并行",
                    Demo.of(EatThenAnswer.class),
                    Demo.of(EatAndAnswerInterleaved.class),
                    Demo.of(EatWhileOnThePhone.class),
                    Demo.of(SpeedupMeasurement.class)),
            Section.of("2.4", "Sync/async, blocking/non-blocking", "同步异步、阻塞非阻塞",
                    Demo.of(SyncBlockingGet.class),
                    Demo.of(AsyncCallback.class),
                    Demo.of(PollingIsDone.class),
                    Demo.of(NonBlockingRead.class)),
            Section.of("2.5", "Creating processes", "进程的创建",
                    Demo.of(ProcessBuilderTour.class)),
            Section.of("2.6", "Process termination", "进程的终止",
                    Demo.of(FourWaysToEnd.class)),
            Section.of("2.7", "Process hierarchy", "进程的层次结构",
                    Demo.of(ProcessTree.class)),
            Section.of("2.8", "Process states", "进程的状态",
                    Demo.of(ThreadStates.class),
                    Demo.of(ProcStateLetters.class)),
            Section.of("2.9", "Implementing process concurrency", "进程并发的实现",
                    Demo.of(PsListing.class),
                    Demo.of(ProcStatusBeforeAfter.class)));

    private Chapter02() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length > 1) {
            // exec:exec passes one argument, the section (empty without -Dsection).
            System.err.println("One section at a time, not " + args.length + " arguments; this chapter has "
                    + SECTIONS.stream().map(Section::number).toList());
            Usage.exit(USAGE);
            return;
        }
        if (args.length == 0 || args[0].isBlank()) {
            System.out.println(TITLE);
            for (Section s : SECTIONS) {
                System.out.printf("  %-5s %s (%s)%n", s.number(), s.english(), s.chinese());
            }
            System.out.println("Run one: ./mvnw -q -pl ch02-concepts compile exec:exec -Dsection=2.1");
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

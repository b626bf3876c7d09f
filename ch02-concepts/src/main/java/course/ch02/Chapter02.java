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
import course.kit.Chapter;
import course.kit.Demo;
import course.kit.Launcher;
import course.kit.Section;

/**
 * Chapter 2 — Concurrency concepts (并发编程): the catalogue of its sections and demos.
 *
 * <p>{@link #CHAPTER} is the only place where the chapter's sections and demos are named; the
 * launcher, the chapter's tests, the course tools and the docs checks all read it.
 *
 * <pre>
 * ./mvnw -q -pl ch02-concepts compile exec:exec                  # list the sections
 * ./mvnw -q -pl ch02-concepts compile exec:exec -Dsection=2.1    # run the demos of §2.1
 * </pre>
 * The launcher is {@link Launcher}; {@link #main} runs it on this catalogue (from an IDE, say).
 */
public final class Chapter02 {

    public static final Chapter CHAPTER = Chapter.of(2, "ch02-concepts", "Concurrency concepts", "并发编程",
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

    /** No argument lists the sections; a section number runs its demos. */
    public static void main(String[] args) throws Throwable {
        Launcher.run(CHAPTER, args);
    }
}

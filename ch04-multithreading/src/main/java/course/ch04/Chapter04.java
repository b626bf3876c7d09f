package course.ch04;

import course.ch04.s01_thread.JvmThreads;
import course.ch04.s01_thread.SamePid;
import course.ch04.s02_vs_process.StartCost;
import course.ch04.s03_start.WithBuilders;
import course.ch04.s03_start.WithRunnable;
import course.ch04.s03_start.WithSubclass;
import course.ch04.s04_shared.SharedStatic;
import course.ch04.s05_mutex.ForgotJoin;
import course.ch04.s05_mutex.LostUpdate;
import course.ch04.s05_mutex.ManyIncrements;
import course.ch04.s06_daemon.DaemonThreads;
import course.ch04.s07_deadlock.DeadlockDetected;
import course.ch04.s07_deadlock.FixLockOrder;
import course.ch04.s07_deadlock.FixOneReentrantLock;
import course.ch04.s07_deadlock.FixTryLock;
import course.ch04.s08_semaphore.SemaphoreDemo;
import course.ch04.s09_timer.ScheduledDemo;
import course.ch04.s09_timer.TimerDemo;
import course.ch04.s10_queues.QueueOrders;
import course.ch04.s11_event.ConnectToMysql;
import course.ch04.s11_event.EventBasics;
import course.ch04.s12_socketserver.SocketServerTour;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * Chapter 4 — Multithreading (并发编程之多线程): the catalogue of its sections and the launcher that runs them.
 *
 * <p>The list below is the only place where the chapter's sections and demos are named; the
 * launcher, the chapter README check and the course map all read it.
 *
 * <pre>
 * ./mvnw -q -pl ch04-multithreading compile exec:exec                  # list the sections
 * ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.1    # run the demos of §4.1
 * </pre>
 * A section that does not exist gets an error line, the usage line and exit code 2; more than one
 * argument gets the usage line and exit code 2.
 */
public final class Chapter04 {

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

    public static final String TITLE = "Chapter 4 — Multithreading (并发编程之多线程)";

    /** What the launcher prints, after the error, when the section it was given does not exist. */
    static final String USAGE = "usage: ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.1";

    public static final List<Section> SECTIONS = List.of(
            Section.of("4.1", "What is a thread", "什么是线程",
                    Demo.of(SamePid.class),
                    Demo.of(JvmThreads.class)),
            Section.of("4.2", "Threads vs processes", "线程与进程的区别",
                    Demo.of(StartCost.class)),
            Section.of("4.3", "Two ways to start a thread", "开线程的两种方式",
                    Demo.of(WithRunnable.class),
                    Demo.of(WithSubclass.class),
                    Demo.of(WithBuilders.class)),
            Section.of("4.4", "Threads share data", "同一进程内的多个线程数据是共享的",
                    Demo.of(SharedStatic.class)),
            Section.of("4.5", "Mutex", "线程同步(互斥锁)",
                    Demo.of(LostUpdate.class),
                    Demo.of(ForgotJoin.class),
                    Demo.of(ManyIncrements.class)),
            Section.of("4.6", "Daemon threads", "守护线程",
                    Demo.of(DaemonThreads.class)),
            Section.of("4.7", "Deadlock and recursive locks", "死锁与递归锁",
                    Demo.of(DeadlockDetected.class),
                    Demo.of(FixOneReentrantLock.class),
                    Demo.of(FixLockOrder.class),
                    Demo.of(FixTryLock.class)),
            Section.of("4.8", "Semaphore", "信号量",
                    Demo.of(SemaphoreDemo.class)),
            Section.of("4.9", "Timer", "定时器",
                    Demo.of(TimerDemo.class),
                    Demo.of(ScheduledDemo.class)),
            Section.of("4.10", "Thread queues", "线程queue",
                    Demo.of(QueueOrders.class)),
            Section.of("4.11", "Event", "Event",
                    Demo.of(EventBasics.class),
                    Demo.of(ConnectToMysql.class, "connected"),
                    Demo.of(ConnectToMysql.class, "timeout")),
            Section.of("4.12", "socketserver", "socketserver",
                    Demo.of(SocketServerTour.class)));

    private Chapter04() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length > 1) {
            Usage.exit(USAGE + "   (one section; got: " + String.join(" ", args) + ")");
            return;
        }
        if (args.length == 0 || args[0].isBlank()) {
            System.out.println(TITLE);
            for (Section s : SECTIONS) {
                System.out.printf("  %-5s %s (%s)%n", s.number(), s.english(), s.chinese());
            }
            System.out.println("Run one: ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.1");
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

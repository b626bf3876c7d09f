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
import course.ch04.s08_semaphore.FiveAtATime;
import course.ch04.s09_timer.WithScheduler;
import course.ch04.s09_timer.WithTimer;
import course.ch04.s10_queues.QueueOrders;
import course.ch04.s11_event.ConnectToMysql;
import course.ch04.s11_event.EventBasics;
import course.ch04.s12_socket_server.OutOfStepReplies;
import course.ch04.s12_socket_server.SocketServerTour;
import course.kit.Chapter;
import course.kit.Demo;
import course.kit.Launcher;
import course.kit.Section;

/**
 * Chapter 4 — Multithreading (并发编程之多线程): the catalogue of its sections and demos.
 *
 * <p>{@link #CHAPTER} is the only place where the chapter's sections and demos are named; the
 * launcher, the chapter's tests, the course tools and the docs checks all read it.
 *
 * <pre>
 * ./mvnw -q -pl ch04-multithreading compile exec:exec                  # list the sections
 * ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.1    # run the demos of §4.1
 * </pre>
 * The launcher is {@link Launcher}; {@link #main} runs it on this catalogue (from an IDE, say).
 */
public final class Chapter04 {

    public static final Chapter CHAPTER = Chapter.of(4, "ch04-multithreading", "Multithreading", "并发编程之多线程",
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
                    Demo.of(FiveAtATime.class)),
            Section.of("4.9", "Timer", "定时器",
                    Demo.of(WithTimer.class),
                    Demo.of(WithScheduler.class)),
            Section.of("4.10", "Thread queues", "线程queue",
                    Demo.of(QueueOrders.class)),
            Section.of("4.11", "Event", "Event",
                    Demo.of(EventBasics.class),
                    Demo.of(ConnectToMysql.class, "connected"),
                    Demo.of(ConnectToMysql.class, "timeout")),
            Section.of("4.12", "socketserver", "socketserver",
                    Demo.of(SocketServerTour.class),
                    Demo.of(OutOfStepReplies.class)));

    private Chapter04() {
    }

    /** No argument lists the sections; a section number runs its demos. */
    public static void main(String[] args) throws Throwable {
        Launcher.run(CHAPTER, args);
    }
}

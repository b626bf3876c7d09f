package course.ch03;

import course.ch03.s01_module.ModuleMap;
import course.ch03.s02_process.BareProcessBuilder;
import course.ch03.s02_process.ProcessApiTour;
import course.ch03.s02_process.StartCost;
import course.ch03.s03_using.SubclassOverridesRun;
import course.ch03.s03_using.TargetAndArgs;
import course.ch03.s04_socket_server.ServerAndTwoClients;
import course.ch03.s05_isolation.MemoryIsolation;
import course.ch03.s06_join.JoinRules;
import course.ch03.s06_join.StartAllThenJoinAll;
import course.ch03.s07_methods.ProcessIds;
import course.ch03.s07_methods.TerminateOrKill;
import course.ch03.s08_daemon.DaemonEndsWithParent;
import course.ch03.s08_daemon.ParentKilledDaemonEnds;
import course.ch03.s09_pool.FailuresAndCrashes;
import course.ch03.s09_pool.PoolApply;
import course.ch03.s09_pool.PoolApplyAsync;
import course.ch03.s09_pool.PoolRoundTrip;
import course.ch03.s10_futures.ExecutorOfProcesses;
import course.ch03.s10_futures.ThreadsOrProcesses;
import course.ch03.s11_mutex.LostCounterUpdates;
import course.ch03.s11_mutex.SharedOutputLock;
import course.ch03.s12_queues.BoundedQueue;
import course.ch03.s12_queues.FullPipeBlocks;
import course.ch03.s12_queues.PipeAsQueue;
import course.ch03.s13_producer_consumer.PipeProducerConsumer;
import course.ch03.s13_producer_consumer.PoisonPills;
import course.ch03.s14_shared.SharedMemory;
import course.kit.Chapter;
import course.kit.Demo;
import course.kit.Launcher;
import course.kit.Section;

/**
 * Chapter 3 — Multiprocessing (并发编程之多进程): the catalogue of its sections and demos.
 *
 * <p>{@link #CHAPTER} is the only place where the chapter's sections and demos are named; the
 * launcher, the chapter's tests, the course tools and the docs checks all read it.
 *
 * <pre>
 * ./mvnw -q -pl ch03-multiprocessing compile exec:exec                  # list the sections
 * ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.1    # run the demos of §3.1
 * </pre>
 * The launcher is {@link Launcher}; {@link #main} runs it on this catalogue (from an IDE, say).
 */
public final class Chapter03 {

    public static final Chapter CHAPTER = Chapter.of(3, "ch03-multiprocessing", "Multiprocessing", "并发编程之多进程",
            Section.of("3.1", "The multiprocessing module", "模块介绍",
                    Demo.of(ModuleMap.class)),
            Section.of("3.2", "The Process class", "Process类",
                    Demo.of(ProcessApiTour.class), Demo.of(BareProcessBuilder.class), Demo.of(StartCost.class, "20")),
            Section.of("3.3", "Using Process", "Process类的使用",
                    Demo.of(TargetAndArgs.class), Demo.of(SubclassOverridesRun.class)),
            Section.of("3.4", "Concurrent socket server", "并发的套接字通信",
                    Demo.of(ServerAndTwoClients.class)),
            Section.of("3.5", "Memory isolation", "进程之间的内存空间是隔离的",
                    Demo.of(MemoryIsolation.class)),
            Section.of("3.6", "join", "join",
                    Demo.of(StartAllThenJoinAll.class), Demo.of(JoinRules.class)),
            Section.of("3.7", "Other methods and attributes", "其他方法和属性",
                    Demo.of(TerminateOrKill.class), Demo.of(ProcessIds.class)),
            Section.of("3.8", "Daemon processes", "守护进程",
                    Demo.of(DaemonEndsWithParent.class), Demo.of(ParentKilledDaemonEnds.class)),
            Section.of("3.9", "Process pool", "进程池",
                    Demo.of(PoolApply.class),
                    Demo.of(PoolApplyAsync.class),
                    Demo.of(FailuresAndCrashes.class),
                    Demo.of(PoolRoundTrip.class)),
            Section.of("3.10", "concurrent.futures process pool", "concurrent.futures实现进程池",
                    Demo.of(ExecutorOfProcesses.class),
                    Demo.of(ThreadsOrProcesses.class)),
            Section.of("3.11", "Process synchronisation: mutex", "进程同步(互斥锁)",
                    Demo.of(SharedOutputLock.class),
                    Demo.of(LostCounterUpdates.class)),
            Section.of("3.12", "Queues", "队列(推荐使用)",
                    Demo.of(BoundedQueue.class),
                    Demo.of(PipeAsQueue.class),
                    Demo.of(FullPipeBlocks.class)),
            Section.of("3.13", "Producer-consumer", "生产者消费者模型",
                    Demo.of(PipeProducerConsumer.class),
                    Demo.of(PoisonPills.class)),
            Section.of("3.14", "Shared data", "共享数据",
                    Demo.of(SharedMemory.class)));

    private Chapter03() {
    }

    /** No argument lists the sections; a section number runs its demos. */
    public static void main(String[] args) throws Throwable {
        Launcher.run(CHAPTER, args);
    }
}

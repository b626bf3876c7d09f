package course.ch03;

import course.ch03.s01_module.ModuleMap;
import course.ch03.s02_process.ProcessApiTour;
import course.ch03.s02_process.RawProcessBuilderDemo;
import course.ch03.s02_process.StartCost;
import course.ch03.s03_using.SubclassDemo;
import course.ch03.s03_using.TargetDemo;
import course.ch03.s04_socket_server.SocketDemo;
import course.ch03.s05_isolation.MemoryIsolation;
import course.ch03.s06_join.JoinDemo;
import course.ch03.s06_join.JoinTimeoutDemo;
import course.ch03.s07_methods.PidsDemo;
import course.ch03.s07_methods.TerminateDemo;
import course.ch03.s08_daemon.DaemonDemo;
import course.ch03.s08_daemon.DaemonParentKilledDemo;
import course.ch03.s09_pool.PoolApplyDemo;
import course.ch03.s09_pool.PoolAsyncDemo;
import course.ch03.s09_pool.PoolRoundTripDemo;
import course.ch03.s09_pool.WorkerCrashDemo;
import course.ch03.s10_futures.ExecutorComparisonDemo;
import course.ch03.s10_futures.ProcessPoolExecutorDemo;
import course.ch03.s11_mutex.FileCounterDemo;
import course.ch03.s11_mutex.MutexDemo;
import course.ch03.s12_queues.BlockingQueueDemo;
import course.ch03.s12_queues.FullPipeDemo;
import course.ch03.s12_queues.PipelineDemo;
import course.ch03.s13_producer_consumer.PipeProducerConsumerDemo;
import course.ch03.s13_producer_consumer.PoisonPillDemo;
import course.ch03.s14_shared.SharedMemoryDemo;
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
                    Demo.of(ProcessApiTour.class), Demo.of(RawProcessBuilderDemo.class), Demo.of(StartCost.class, "20")),
            Section.of("3.3", "Using Process", "Process类的使用",
                    Demo.of(TargetDemo.class), Demo.of(SubclassDemo.class)),
            Section.of("3.4", "Concurrent socket server", "并发的套接字通信",
                    Demo.of(SocketDemo.class)),
            Section.of("3.5", "Memory isolation", "进程之间的内存空间是隔离的",
                    Demo.of(MemoryIsolation.class)),
            Section.of("3.6", "join", "join",
                    Demo.of(JoinDemo.class), Demo.of(JoinTimeoutDemo.class)),
            Section.of("3.7", "Other methods and attributes", "其他方法和属性",
                    Demo.of(TerminateDemo.class), Demo.of(PidsDemo.class)),
            Section.of("3.8", "Daemon processes", "守护进程",
                    Demo.of(DaemonDemo.class), Demo.of(DaemonParentKilledDemo.class)),
            Section.of("3.9", "Process pool", "进程池",
                    Demo.of(PoolApplyDemo.class),
                    Demo.of(PoolAsyncDemo.class),
                    Demo.of(WorkerCrashDemo.class),
                    Demo.of(PoolRoundTripDemo.class)),
            Section.of("3.10", "concurrent.futures process pool", "concurrent.futures实现进程池",
                    Demo.of(ProcessPoolExecutorDemo.class),
                    Demo.of(ExecutorComparisonDemo.class)),
            Section.of("3.11", "Process synchronisation: mutex", "进程同步(互斥锁)",
                    Demo.of(MutexDemo.class),
                    Demo.of(FileCounterDemo.class)),
            Section.of("3.12", "Queues", "队列(推荐使用)",
                    Demo.of(BlockingQueueDemo.class),
                    Demo.of(PipelineDemo.class),
                    Demo.of(FullPipeDemo.class)),
            Section.of("3.13", "Producer-consumer", "生产者消费者模型",
                    Demo.of(PipeProducerConsumerDemo.class),
                    Demo.of(PoisonPillDemo.class)),
            Section.of("3.14", "Shared data", "共享数据",
                    Demo.of(SharedMemoryDemo.class)));

    private Chapter03() {
    }

    /** No argument lists the sections; a section number runs its demos. */
    public static void main(String[] args) throws Throwable {
        Launcher.run(CHAPTER, args);
    }
}

package course.ch04.s04_shared;

import course.kit.Usage;

/**
 * §4.4 Threads share data (同一进程内的多个线程数据是共享的) — one variable, seen by every thread.
 *
 * <p><b>The Python original</b> sets a global {@code n = 100}, starts a thread whose task
 * does {@code global n; n = 1}, joins it, and prints {@code n} in the main thread: 1. A
 * child <em>process</em> would have changed its own copy and left the parent's at 100
 * (chapter 3); a thread changes the one and only copy.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.4}
 *
 * <p><b>Expected</b> (every line, every run):
 * <pre>
 * before: n = 100
 * in the thread: n = 1
 * after join: n = 1
 * </pre>
 */
public final class SharedStatic {

    // A static field is Java's closest thing to a module-level global: one copy per class,
    // reachable from every thread of the JVM.
    static int n = 100;

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, SharedStatic.class);
        n = 100;                                       // so that a second run starts afresh
        System.out.println("before: n = " + n);

        Thread t = new Thread(() -> {
            n = 1;
            System.out.println("in the thread: n = " + n);
        });
        t.start();
        t.join();

        // Why is 1 certain here, with no lock and no volatile? The Java Memory Model only
        // promises that a thread sees another thread's write when a "happens-before" edge
        // connects them. Two such edges are at work:
        //   - everything main did before t.start() happens-before everything t does, so t
        //     sees n = 100 (and any other setup main did);
        //   - everything t did happens-before t.join() returns in main, so main sees n = 1.
        // Without the join there is no edge: main could print 100 or 1, and in a loop that
        // polls n it could even go on seeing 100 for ever, because the JIT may keep the value
        // in a register. Python's GIL happens to hide this; Java's threads run truly in
        // parallel on several cores, each with its own caches. Use join, a lock (§4.5),
        // volatile or java.util.concurrent to get an edge.
        System.out.println("after join: n = " + n);
    }
}

package course.ch04.s03_start;

import course.kit.Usage;

/**
 * §4.3 Two ways to start a thread (开线程的两种方式) — way 2: subclass {@code Thread}.
 *
 * <p><b>The Python original</b> defines a class that extends {@code Thread}, stores a name in
 * {@code __init__}, overrides {@code run()}, and calls {@code start()} on an instance.
 *
 * <p><b>In Java</b> it works the same way. Override {@code run()}, call {@code start()}: {@code start()}
 * creates the new thread, which then calls {@code run()}. Calling {@code run()} yourself is a
 * classic mistake: it is an ordinary method call and runs in <em>your</em> thread.
 * Prefer way 1 ({@link WithRunnable}): a task that is not a thread can also be given to an
 * executor (§3.9) or to a virtual thread ({@link WithBuilders}).
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.3}
 *
 * <p><b>Expected</b> (every run; the last line names whichever thread called {@code main}, which is
 * {@code main} under the launcher):
 * <pre>
 * egon runs in thread egon
 * main: egon has finished
 * run() called directly runs in thread main
 * </pre>
 */
public final class WithSubclass {

    static final class NamedThread extends Thread {
        NamedThread(String name) {
            super(name);                              // Thread already keeps a name
        }

        @Override
        public void run() {
            System.out.println(getName() + " runs in thread " + Thread.currentThread().getName());
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, WithSubclass.class);
        NamedThread t = new NamedThread("egon");
        t.start();
        t.join();
        System.out.println("main: " + t.getName() + " has finished");

        // The mistake: run() instead of start(). No thread is started; the calling thread
        // does the work, and a second start() later would still be allowed.
        Thread notStarted = new Thread(() ->
                System.out.println("run() called directly runs in thread " + Thread.currentThread().getName()));
        notStarted.run();
    }
}

package course.ch03.s05_isolation;

import course.ch03.process.JavaProcess;
import course.kit.Usage;

/**
 * §3.5 Memory isolation (进程之间的内存空间是隔离的) — a child's change to a static is not the
 * parent's.
 *
 * <p><b>The Python original</b> sets a global {@code n = 100}; the child sets it to 1 and prints
 * nothing; the parent, after {@code join()}, prints {@code n}: 100. Each process has its own
 * memory. (The child here also prints what it did, so that you see which process ran it.)
 *
 * <p><b>In Java</b> the child is a new JVM that loads this class again: its {@code n} starts at
 * 100 and is a different variable altogether. Calling {@code run()} yourself, in contrast, is a
 * plain method call in this JVM — and does change this JVM's {@code n}.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.5}
 *
 * <p><b>Expected</b> (one run; the pids vary: the first line names the child's, the others this JVM's):
 * <pre>
 * run() in pid 20482 set n = 1
 * parent (pid 20456) after start() and join(): n = 100
 * run() in pid 20456 set n = 1
 * parent (pid 20456) after calling run() itself: n = 1
 * </pre>
 */
public final class MemoryIsolation {

    static int n = 100;

    private MemoryIsolation() {
    }

    /** The child's work: change {@code n}. */
    public static final class SetsNToOne extends JavaProcess {
        public SetsNToOne() {
        }

        @Override
        public void run() {
            n = 1;
            System.out.println("run() in pid " + ProcessHandle.current().pid() + " set n = " + n);
        }
    }

    public static void main(String[] args) throws Exception {
        Usage.noArguments(args, MemoryIsolation.class);
        n = 100;
        long me = ProcessHandle.current().pid();
        JavaProcess child = new SetsNToOne().forwardOutput(System.out, System.err);

        // In another process: the child's n is not this n.
        child.start();
        child.join();
        System.out.println("parent (pid " + me + ") after start() and join(): n = " + n);

        // In this process: run() is only a method.
        child.run();
        System.out.println("parent (pid " + me + ") after calling run() itself: n = " + n);
    }
}

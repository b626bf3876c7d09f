package course.ch03.s07_methods;

import course.ch03.process.JavaProcess;
import course.kit.Usage;

/**
 * §3.7 Other methods and attributes (其他方法和属性) — process ids: the child's, our own and our
 * parent's.
 *
 * <p><b>The Python original</b> prints {@code p.pid} in the parent, and {@code os.getpid()} /
 * {@code os.getppid()} in parent and child: the child's parent pid is the parent's pid. (Its
 * printed output runs two pids together, {@code 1681217560}: a line break was lost.)
 *
 * <p><b>In Java</b> they are {@code Process.pid()}, {@code ProcessHandle.current().pid()} and
 * {@code ProcessHandle.current().parent()} — an {@code Optional}: a process may have no parent
 * we are allowed to see.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.7}
 *
 * <p><b>Expected</b> (one run; the pids vary, but the child's pid is always {@code p.pid()}, and its
 * parent is this JVM):
 * <pre>
 * parent: my pid is 22911, my parent's pid is 22105
 * parent: p.pid() is 23015
 * child: my pid is 23015, my parent's pid is 22911
 * </pre>
 */
public final class ProcessIds {

    private ProcessIds() {
    }

    /** The child: reports its own pid and its parent's. */
    public static final class ReportsPids {
        private ReportsPids() {
        }

        public static void main(String[] args) {
            Usage.noArguments(args, ReportsPids.class);
            System.out.println("child: my pid is " + ProcessHandle.current().pid() + ", my parent's pid is " + parentPid());
        }
    }

    static String parentPid() {
        return ProcessHandle.current().parent().map(h -> String.valueOf(h.pid())).orElse("unknown");
    }

    public static void main(String[] args) throws Exception {
        Usage.noArguments(args, ProcessIds.class);
        System.out.println("parent: my pid is " + ProcessHandle.current().pid() + ", my parent's pid is " + parentPid());
        JavaProcess p = new JavaProcess(ReportsPids.class);
        p.start();
        System.out.println("parent: p.pid() is " + p.pid());
        p.join();
        System.out.print(p.output());      // printed after ours, so the lines never run together
    }
}

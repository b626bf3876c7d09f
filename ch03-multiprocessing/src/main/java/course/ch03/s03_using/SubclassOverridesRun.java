package course.ch03.s03_using;

import course.ch03.process.JavaProcess;
import course.kit.Usage;

/**
 * §3.3 Using Process (Process类的使用) — way 2: a subclass that overrides {@code run()}.
 *
 * <p><b>The Python original</b> subclasses {@code Process}, stores a name in {@code __init__}
 * and prints {@code My name is ...} in {@code run()}; {@code start()} makes the child call it.
 *
 * <p><b>In Java</b> the child JVM rebuilds the object: it loads the subclass by name, calls its
 * no-argument constructor, sets the name and arguments it was started with, and calls
 * {@code run()}. Nothing else of the parent's object crosses over — and every static starts
 * afresh, as the object counter below shows: the parent made two objects, each child one.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.3}
 *
 * <p><b>Expected</b> (one run; pids vary, and the children may answer in either order):
 * <pre>
 * My name is Jim (pid 18519; objects of this class made in this JVM: 1)
 * My name is Yim (pid 18516; objects of this class made in this JVM: 1)
 * parent (pid 18379): Yim ran as pid 18516, Jim as pid 18519
 * </pre>
 */
public final class SubclassOverridesRun {

    private SubclassOverridesRun() {
    }

    /** Python's {@code class MyProcess(Process)}. */
    public static final class NamedProcess extends JavaProcess {
        private static int made;

        /** The child JVM creates the object with this constructor. */
        public NamedProcess() {
            made++;
        }

        NamedProcess(String name) {
            super(name);
            made++;
        }

        @Override
        public void run() {
            System.out.println("My name is " + name() + " (pid " + ProcessHandle.current().pid()
                    + "; objects of this class made in this JVM: " + made + ")");
        }
    }

    public static void main(String[] args) throws Exception {
        Usage.noArguments(args, SubclassOverridesRun.class);
        JavaProcess yim = new NamedProcess("Yim").forwardOutput(System.out, System.err);
        JavaProcess jim = new NamedProcess("Jim").forwardOutput(System.out, System.err);
        yim.start();
        jim.start();
        yim.join();
        jim.join();
        System.out.println("parent (pid " + ProcessHandle.current().pid() + "): Yim ran as pid " + yim.pid()
                + ", Jim as pid " + jim.pid());
    }
}

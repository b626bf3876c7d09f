package course.ch03.s03_using;

import course.ch03.process.JavaProcess;
import course.kit.Usage;

import java.util.List;

/**
 * §3.3 Using Process (Process类的使用) — way 1: a target and its arguments.
 *
 * <p><b>The Python original</b> passes a function and its arguments:
 * {@code Process(target=task, args=('Yim',))}, starts two such processes, and each prints
 * {@code My name is Yim} / {@code My name is Jim}. The start-up code sits under
 * {@code if __name__ == '__main__':} because on Windows the child re-imports the module, and
 * without the guard would start children of its own.
 *
 * <p><b>In Java</b> the target is a class with a {@code main} ({@link Greeter}) and the arguments
 * are strings. There is no re-import problem: the child JVM starts at the main class it is
 * given and runs nothing else — but it loads every class afresh, so statics start over (§3.5).
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.3}
 *
 * <p><b>Expected</b> (one run; the two children may answer in either order):
 * <pre>
 * parent: started Yim and Jim, and goes on at once
 * My name is Yim
 * My name is Jim
 * parent: both children have ended
 * </pre>
 */
public final class TargetAndArgs {

    private TargetAndArgs() {
    }

    public static void main(String[] args) throws Exception {
        Usage.noArguments(args, TargetAndArgs.class);
        // Python: Process(target=task, args=('Yim',)). Here: main class + arguments (+ a name).
        JavaProcess yim = new JavaProcess(Greeter.class, List.of("Yim"), "Process-1")
                .forwardOutput(System.out, System.err);
        JavaProcess jim = new JavaProcess(Greeter.class, List.of("Jim"), "Process-2")
                .forwardOutput(System.out, System.err);

        // start() returns as soon as the child JVM exists; the parent does not wait for it.
        yim.start();
        jim.start();
        System.out.println("parent: started Yim and Jim, and goes on at once");

        yim.join();
        jim.join();
        System.out.println("parent: both children have ended");
    }
}

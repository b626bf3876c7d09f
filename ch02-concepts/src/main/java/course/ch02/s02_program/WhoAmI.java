package course.ch02.s02_program;

import course.kit.Usage;

/**
 * §2.2 Process vs program (进程与程序的区别) — the small program that the other demos of this
 * section run: it says which process it finds itself in.
 *
 * <p><b>Run:</b> it is started by {@link OneProgramThreeProcesses} and {@link ProgramHost};
 * on its own: {@code java -cp ch02-concepts/target/classes course.ch02.s02_program.WhoAmI hello}
 *
 * <p>It prints one line with its label, its pid and its parent's: {@code WhoAmI "hello": pid 4711, parent 4700}.
 *
 * <p>Arguments: {@code [LABEL]}, at most one (quote a label with spaces); more end with a
 * {@code usage:} line and exit code 2.
 */
public final class WhoAmI {

    public static void main(String[] args) {
        if (args.length > 1) {
            Usage.exit("usage: WhoAmI [LABEL]   (one label at most; got " + args.length + " arguments)");
            return;
        }
        String label = args.length > 0 ? args[0] : "no label";
        ProcessHandle me = ProcessHandle.current();
        long parent = me.parent().map(ProcessHandle::pid).orElse(-1L);
        System.out.println("WhoAmI \"" + label + "\": pid " + me.pid() + ", parent " + parent);
    }
}

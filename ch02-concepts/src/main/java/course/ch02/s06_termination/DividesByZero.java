package course.ch02.s06_termination;

import course.kit.Usage;

/**
 * §2.6 Process termination (进程的终止) — a child that meets an error it does not handle.
 * Started by {@link FourWaysToEnd}.
 *
 * <p>Division by zero is an exception in Java, so a {@code try}/{@code catch} around it could have
 * saved the process. Nothing catches it here: the JVM prints the stack trace on standard error
 * and the process ends with exit code 1. It takes no arguments (given some, it prints a
 * {@code usage:} line and exits with code 2), so the divisor is always 0.
 */
public final class DividesByZero {

    public static void main(String[] args) {
        Usage.noArguments(args, DividesByZero.class);
        int zero = args.length;                 // no arguments: 0, and javac cannot see it coming
        System.out.println(10 / zero);
    }
}

package course.ch02.s06_termination;

import course.kit.Usage;

/**
 * §2.6 Process termination (进程的终止) — a child that finishes its work and says so with exit
 * code 0. Started by {@link FourWaysToEnd}.
 */
public final class ExitsNormally {

    public static void main(String[] args) {
        Usage.noArguments(args, ExitsNormally.class);
        System.out.println("work done");
        // Returning from main would also end with 0; System.exit states the code explicitly,
        // the way Python's sys.exit(0) does.
        System.exit(0);
    }
}

package course.ch04;

import java.util.Arrays;

/**
 * How every {@code main} of this chapter ends when its command line is wrong: one line on
 * standard error that starts with {@code usage: }, and exit code 2 (the usual code for a
 * command-line mistake), never a stack trace.
 *
 * <p>A demo that takes no arguments starts with {@code Usage.noArguments(args, X.class);}; a
 * main that takes arguments checks them itself and calls {@link #exit} with its usage line.
 * {@code BadInputBatteryTest} runs every main with wrong arguments and holds them to this.
 */
public final class Usage {

    private Usage() {
    }

    /** Ends a main that takes no arguments but was given some: a usage line on stderr, exit code 2. */
    public static void noArguments(String[] args, Class<?> main) {
        if (args.length > 0) {
            exit("usage: " + main.getSimpleName() + "   (takes no arguments; got: "
                    + String.join(" ", Arrays.asList(args)) + ")");
        }
    }

    /** Prints the usage line (it must start with "usage: ") on stderr and exits with code 2. */
    public static void exit(String usageLine) {
        if (!usageLine.startsWith("usage: ")) {
            throw new IllegalArgumentException("a usage line starts with 'usage: ', not: " + usageLine);
        }
        System.err.println(usageLine);
        System.exit(2);
    }
}

package course.ch01;

/**
 * How a {@code main} of this chapter ends when its command line is wrong: one line on standard
 * error that starts with {@code usage: }, and exit code 2 (the usual code for "called the wrong
 * way"), never a stack trace.
 *
 * <p>Every {@code main} of the chapter checks its arguments first: one that takes none starts
 * with {@code Usage.noArguments(args, Demo.class);}, one that takes some calls {@link #exit}
 * for each malformed form. {@code BadInputBatteryTest} (tag {@code battery}) holds every main
 * to it.
 */
public final class Usage {

    private Usage() {
    }

    /**
     * Ends a main that takes no arguments but was given some: a usage line on stderr, exit code 2.
     * Returns normally when {@code args} is empty.
     * The line reads {@code usage: <SimpleName>   (takes no arguments; got: <args joined by space>)}.
     */
    public static void noArguments(String[] args, Class<?> main) {
        if (args.length > 0) {
            exit("usage: " + main.getSimpleName() + "   (takes no arguments; got: " + String.join(" ", args) + ")");
        }
    }

    /** Prints the usage line (it must start with "usage: ") on stderr and exits with code 2. */
    public static void exit(String usageLine) {
        if (!usageLine.startsWith("usage: ")) {
            throw new IllegalArgumentException("a usage line must start with \"usage: \", was: " + usageLine);
        }
        System.err.println(usageLine);
        System.exit(2);
    }
}

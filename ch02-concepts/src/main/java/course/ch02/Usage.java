package course.ch02;

/**
 * How every {@code main} of this chapter ends when its command line is wrong: one line on
 * standard error that starts with {@code usage: }, and exit code 2 — never a stack trace.
 *
 * <p>Exit code 2 is the convention of UNIX tools (and of Python's {@code argparse}) for "called
 * the wrong way", which a caller can tell apart from 1, "tried and failed".
 * <pre>
 * public static void main(String[] args) {
 *     Usage.noArguments(args, ProcessFacts.class);   // first statement of a main without arguments
 *     ...
 * }
 * </pre>
 */
public final class Usage {

    /** The exit code of a program called with a wrong command line. */
    public static final int EXIT_CODE = 2;

    private Usage() {
    }

    /** Ends a main that takes no arguments but was given some: a usage line on stderr, exit code 2. */
    public static void noArguments(String[] args, Class<?> main) {
        if (args.length > 0) {
            exit("usage: " + main.getSimpleName() + "   (takes no arguments; got: "
                    + String.join(" ", args) + ")");
        }
    }

    /** Prints the usage line (it must start with "usage: ") on stderr and exits with code 2. */
    public static void exit(String usageLine) {
        System.err.println(usageLine);
        System.exit(EXIT_CODE);
    }
}

package course.kit;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * How every {@code main} of the course refuses a command line it cannot use: one line on standard
 * error that starts with {@code usage: }, and exit code 2, never a stack trace.
 *
 * <p>Exit code 2 is the convention of UNIX tools (and of Python's {@code argparse}) for "called
 * the wrong way", which a caller can tell apart from 1, "tried and failed". Every main checks its
 * arguments first:
 * <pre>
 * public static void main(String[] args) {
 *     Usage.noArguments(args, ProcessFacts.class);   // first statement of a main without arguments
 *     ...
 * }
 * </pre>
 * A main that takes arguments calls {@link #exit} with its own usage line for each malformed form.
 * Each chapter's bad-input battery ({@code -Pbattery}) runs every main with wrong arguments and
 * bad input and holds it to this.
 */
public final class Usage {

    /** The exit code of a program called with a wrong command line. */
    public static final int EXIT_CODE = 2;

    private Usage() {
    }

    /**
     * Ends a main that takes no arguments but was given some; returns normally when {@code args}
     * is empty. The line reads {@code usage: <SimpleName>   (takes no arguments; got: <args>)}.
     */
    public static void noArguments(String[] args, Class<?> main) {
        if (args.length > 0) {
            exit("usage: " + main.getSimpleName() + "   (takes no arguments; got: " + String.join(" ", args) + ")");
        }
    }

    /** {@code argument} as a path, or the usage line and exit code 2 if it cannot be one (a NUL, say). */
    public static Path path(String argument, String usageLine) {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            exit(usageLine + "   (" + e.getMessage() + ")");
            return null;  // not reached: exit ends the JVM
        }
    }

    /** Prints the usage line (it must start with "usage: ") on stderr and exits with code 2. */
    public static void exit(String usageLine) {
        if (!usageLine.startsWith("usage: ")) {
            throw new IllegalArgumentException("a usage line starts with 'usage: ', not: " + usageLine);
        }
        System.err.println(usageLine);
        System.exit(EXIT_CODE);
    }
}

package course.ch03;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * How a {@code main} of this chapter refuses a command line it cannot use: one line on stderr
 * that starts with {@code usage: }, and exit code 2 — never a stack trace.
 *
 * <p>Every main of the chapter checks its arguments first; {@code BadInputBatteryTest} runs each
 * one with wrong arguments and with bad standard input to keep it so.
 */
public final class Usage {

    private Usage() {
    }

    /** Ends a main that takes no arguments but was given some: a usage line on stderr, exit code 2. */
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
        System.exit(2);
    }
}

package course.ch01.s04_raising;

import course.kit.Usage;

import java.util.List;
import java.util.Map;

/**
 * §1.4 Raising exceptions (抛出异常) — rethrowing, and wrapping with a cause.
 *
 * <p><b>The Python original</b> raises an exception and stops there. Python also has
 * {@code raise} on its own (rethrow the current exception) and {@code raise X from e} (a new
 * exception that records the old one), and it links the two automatically when a handler fails.
 *
 * <p><b>In Java</b> {@code throw e;} inside a {@code catch} rethrows. To translate a low-level
 * failure into one that makes sense to the caller, throw a new exception and pass the old one
 * as its <em>cause</em>: {@code new X(message, cause)}. The stack trace then prints the whole
 * chain, each older exception under a {@code Caused by:} line. Java links nothing by itself:
 * forget the cause and the original failure is gone for good (the broken variant below).
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=1.4}
 *
 * <p><b>Expected</b> (only the innermost frame of each exception, line numbers shortened to NN):
 * <pre>
 * log: port=ten rejected, rethrowing
 * caught again outside: NumberFormatException: For input string: "ten"
 * --- wrapLosingCause
 * java.lang.IllegalStateException: server cannot start: For input string: "ten"
 *     at course.ch01.s04_raising.RethrowAndCause.wrapLosingCause(RethrowAndCause.java:NN)
 * --- wrapKeepingCause
 * java.lang.IllegalStateException: server cannot start
 *     at course.ch01.s04_raising.RethrowAndCause.wrapKeepingCause(RethrowAndCause.java:NN)
 * Caused by: java.lang.IllegalArgumentException: setting 'port' is not a number: ten
 *     at course.ch01.s04_raising.RethrowAndCause.port(RethrowAndCause.java:NN)
 * Caused by: java.lang.NumberFormatException: For input string: "ten"
 *     at java.base/java.lang.NumberFormatException.forInputString(NumberFormatException.java:NN)
 * root cause: NumberFormatException, 2 levels down
 * </pre>
 */
public final class RethrowAndCause {

    static final Map<String, String> SETTINGS = Map.of("port", "ten");

    public static void main(String[] args) {
        Usage.noArguments(args, RethrowAndCause.class);
        // 1. Rethrow: do something on the way out (here, log), then let the same exception go on.
        try {
            try {
                Integer.parseInt(SETTINGS.get("port"));
            } catch (NumberFormatException e) {
                System.out.println("log: port=" + SETTINGS.get("port") + " rejected, rethrowing");
                throw e;   // the same object, with its original stack trace
            }
        } catch (NumberFormatException e) {
            System.out.println("caught again outside: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }

        // 2. Translate with and without the cause, and compare the traces.
        for (Runnable start : List.<Runnable>of(RethrowAndCause::wrapLosingCause, RethrowAndCause::wrapKeepingCause)) {
            try {
                start.run();
            } catch (IllegalStateException e) {
                printChain(e);
                if (e.getCause() != null) {
                    // 3. Walking the chain by hand: getCause() until there is none.
                    Throwable root = e;
                    int depth = 0;
                    while (root.getCause() != null) {
                        root = root.getCause();
                        depth++;
                    }
                    System.out.println("root cause: " + root.getClass().getSimpleName() + ", " + depth + " levels down");
                }
            }
        }
    }

    // BROKEN: copies the message and drops the exception. The trace now starts here; where
    // the number was parsed, and which setting it was, is lost.
    static void wrapLosingCause() {
        System.out.println("--- wrapLosingCause");
        try {
            Integer.parseInt(SETTINGS.get("port"));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("server cannot start: " + e.getMessage());
        }
    }

    // FIXED: each level says what it was doing, in its own words, and passes the exception it
    // caught as the cause. Python writes this `raise ServerError(...) from e`.
    static void wrapKeepingCause() {
        System.out.println("--- wrapKeepingCause");
        try {
            port();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("server cannot start", e);
        }
    }

    static int port() {
        String text = SETTINGS.get("port");
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting 'port' is not a number: " + text, e);
        }
    }

    // e.printStackTrace() prints the chain as an uncaught exception would show it: each
    // exception's toString(), then all its frames, one "at ..." line each, and every cause under
    // "Caused by:". Here we walk the same chain with getCause() and keep only the frame where
    // each exception was thrown, to keep the output short.
    static void printChain(Throwable e) {
        String prefix = "";
        for (Throwable t = e; t != null; t = t.getCause()) {
            System.out.println(prefix + t);
            StackTraceElement[] frames = t.getStackTrace();
            if (frames.length > 0) {
                System.out.println("    at " + frames[0]);
            }
            prefix = "Caused by: ";
        }
    }
}

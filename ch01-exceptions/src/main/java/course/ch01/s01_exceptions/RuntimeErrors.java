package course.ch01.s01_exceptions;

import course.kit.Usage;

import java.util.Arrays;

/**
 * §1.1 Exceptions (异常) — errors that happen while the program runs.
 *
 * <p><b>The Python original</b> crashes twice: once dividing by zero
 * ({@code ZeroDivisionError}), once adding a string to a number ({@code TypeError}). Each time
 * the message names the exception type and shows the chain of calls that led to it.
 *
 * <p><b>In Java</b> the division crashes the same way, with {@link ArithmeticException}.
 * {@code "2" + 2} does not crash at all (it is the text {@code "22"}); Java's run-time type
 * error is {@link ClassCastException}, thrown when a cast claims a type the object does not have.
 * Here each error is caught so that the demo can print its type, message and top stack frames.
 * With the argument {@code crash} nothing catches the division, and you see what the JVM prints
 * when an exception escapes {@code main}: its own report, and exit code 1.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=1.1}; to see the
 * uncaught crash: {@code java -cp ch01-exceptions/target/classes course.ch01.s01_exceptions.RuntimeErrors crash}
 *
 * <p><b>Expected</b> (the line numbers, which move whenever this file is edited, are shown as NN):
 * <pre>
 * 10 * (1 / 0):
 *   ArithmeticException: / by zero
 *     at course.ch01.s01_exceptions.RuntimeErrors.tenTimesOneOver(RuntimeErrors.java:NN)
 *     at course.ch01.s01_exceptions.RuntimeErrors.main(RuntimeErrors.java:NN)
 * "2" + 2:
 *   no exception: the result is the String "22"
 * (Integer) an Object holding "2":
 *   ClassCastException: class java.lang.String cannot be cast to class java.lang.Integer (java.lang.String and java.lang.Integer are in module java.base of loader 'bootstrap')
 *     at course.ch01.s01_exceptions.RuntimeErrors.castToInteger(RuntimeErrors.java:NN)
 *     at course.ch01.s01_exceptions.RuntimeErrors.main(RuntimeErrors.java:NN)
 * </pre>
 * With {@code crash}: on standard error
 * {@code Exception in thread "main" java.lang.ArithmeticException: / by zero} and the frames;
 * exit code 1. Any other arguments: a usage line and exit code 2.
 */
public final class RuntimeErrors {

    public static void main(String[] args) {
        if (args.length > 1 || (args.length == 1 && !args[0].equals("crash"))) {
            Usage.exit("usage: RuntimeErrors [crash]   (crash: let the first error escape main)");
        }
        if (args.length == 1) {
            // Nothing catches this one: the JVM prints "Exception in thread "main" ..." with the
            // stack trace, like Python's "Traceback (most recent call last)", but with the most
            // recent call at the TOP, not at the bottom.
            System.out.println(tenTimesOneOver(0));
            return;
        }

        // Integer division by zero. (Floating-point division by zero does not throw in Java:
        // 1.0 / 0 is Infinity. Python raises ZeroDivisionError for both.)
        System.out.println("10 * (1 / 0):");
        try {
            System.out.println(tenTimesOneOver(0));
        } catch (ArithmeticException e) {
            describe(e);
        }

        // Python raises TypeError here. Java joins the two as text: the compiler sees a
        // String operand and turns `+` into concatenation, so there is nothing to catch.
        System.out.println("\"2\" + 2:");
        Object joined = "2" + 2;
        System.out.println("  no exception: the result is the " + joined.getClass().getSimpleName()
                + " \"" + joined + "\"");

        // Java's run-time type error: the static type says Object, so the compiler allows the
        // cast, and only the running program finds that the object is a String.
        System.out.println("(Integer) an Object holding \"2\":");
        try {
            System.out.println(castToInteger("2") + 2);
        } catch (ClassCastException e) {
            describe(e);
        }
    }

    static int tenTimesOneOver(int divisor) {
        return 10 * (1 / divisor);
    }

    static Integer castToInteger(Object value) {
        return (Integer) value;
    }

    // The exception object carries what the JVM would print: its class, its message and the
    // stack trace, an array of frames with the innermost call first. Here only the top two frames
    // are shown, indented with spaces: the JVM's own report puts a tab before each "at".
    static void describe(Throwable e) {
        System.out.println("  " + e.getClass().getSimpleName() + ": " + e.getMessage());
        Arrays.stream(e.getStackTrace()).limit(2).forEach(frame -> System.out.println("    at " + frame));
    }
}

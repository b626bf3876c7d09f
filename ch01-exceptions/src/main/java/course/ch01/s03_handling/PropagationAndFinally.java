package course.ch01.s03_handling;

import course.kit.Usage;

/**
 * §1.3 Handling exceptions (异常处理) — an exception no handler matches travels outwards, and
 * {@code finally} runs on every way out.
 *
 * <p><b>The Python original</b> says an exception that no handler of a {@code try} matches is
 * passed to the enclosing {@code try}, and that {@code finally} always runs.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=1.3}
 *
 * <p><b>Expected</b>
 * <pre>
 * inner try: about to divide
 * inner finally: runs even though nothing here caught the exception
 * outer catch: ArithmeticException: / by zero
 * outer finally: always runs
 * parse(7) = 7, finally ran
 * parse(x) = -1, finally ran
 * </pre>
 */
public final class PropagationAndFinally {

    public static void main(String[] args) {
        Usage.noArguments(args, PropagationAndFinally.class);
        try {
            try {
                System.out.println("inner try: about to divide");
                int zero = args.length - args.length;
                System.out.println(10 / zero);
            } catch (NumberFormatException e) {
                System.out.println("inner catch: not reached, the type does not match");
            } finally {
                System.out.println("inner finally: runs even though nothing here caught the exception");
            }
        } catch (ArithmeticException e) {
            System.out.println("outer catch: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            System.out.println("outer finally: always runs");
        }

        // finally also runs when the try block returns.
        for (String text : new String[] {"7", "x"}) {
            StringBuilder log = new StringBuilder();
            int value = parse(text, log);
            System.out.println("parse(" + text + ") = " + value + ", " + log);
        }
    }

    static int parse(String text, StringBuilder log) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        } finally {
            log.append("finally ran");
        }
    }
}

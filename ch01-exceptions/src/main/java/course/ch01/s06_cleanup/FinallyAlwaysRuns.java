package course.ch01.s06_cleanup;

import course.kit.Usage;

import java.util.NoSuchElementException;

/**
 * §1.6 Cleanup actions (定义清理行为) — {@code finally}, the original's example.
 *
 * <p><b>The Python original</b> converts {@code 'hello'} to an int inside a {@code try} that
 * has handlers for {@code IndexError}, {@code KeyError} and {@code ValueError}. The
 * {@code ValueError} handler runs, then {@code finally} prints that it always runs; the
 * {@code else} block would have run only if nothing had been raised.
 *
 * <p><b>In Java</b> the handlers become {@link IndexOutOfBoundsException},
 * {@link NoSuchElementException} and {@link NumberFormatException}. There is no {@code else}:
 * its code goes at the end of the {@code try} block, where it runs only when nothing above it
 * threw (see §1.3 {@code LineCounter} for the difference that makes). {@code finally} runs in
 * every case: after a normal end, after a handler, and when no handler matched at all.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=1.6}
 *
 * <p><b>Expected</b>
 * <pre>
 * convert("hello"):
 *   NumberFormatException handler: For input string: "hello"
 *   finally: always runs
 * convert("42"):
 *   no exception, the "else" part: 42
 *   finally: always runs
 * convert(null):
 *   finally: always runs
 *   no handler matched; the caller caught NullPointerException
 * </pre>
 */
public final class FinallyAlwaysRuns {

    public static void main(String[] args) {
        Usage.noArguments(args, FinallyAlwaysRuns.class);
        for (String input : new String[] {"hello", "42", null}) {
            System.out.println("convert(" + (input == null ? "null" : "\"" + input + "\"") + "):");
            try {
                convert(input);
            } catch (NullPointerException e) {
                System.out.println("  no handler matched; the caller caught " + e.getClass().getSimpleName());
            }
        }
    }

    static void convert(String text) {
        try {
            // text.strip() on null throws NullPointerException, which no handler below names:
            // finally still runs, then the exception travels on to the caller.
            int number = Integer.parseInt(text.strip());
            // The "else" part: only reached when nothing above threw.
            System.out.println("  no exception, the \"else\" part: " + number);
        } catch (IndexOutOfBoundsException e) {          // Python: IndexError
            System.out.println("  IndexOutOfBoundsException handler: " + e.getMessage());
        } catch (NoSuchElementException e) {             // Python: KeyError
            System.out.println("  NoSuchElementException handler: " + e.getMessage());
        } catch (NumberFormatException e) {              // Python: ValueError
            System.out.println("  NumberFormatException handler: " + e.getMessage());
        } finally {
            System.out.println("  finally: always runs");
        }
    }
}

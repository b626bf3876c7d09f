package course.ch01.s03_handling;

import course.kit.Usage;

import java.util.List;
import java.util.Map;

/**
 * §1.3 Handling exceptions (异常处理) — the rules of {@code try}/{@code catch}.
 *
 * <p><b>The Python original</b> lists the rules of {@code try}: after an exception the rest of
 * the block is skipped; handlers are tried in order and the first that matches runs; at most
 * one handler runs; one handler may name several types; a bare handler catches everything.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=1.3}
 *
 * <p><b>Expected</b>
 * <pre>
 * [index] step 1 done
 * [index] catch (IndexOutOfBoundsException e) got ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 3
 * [key] caught NullPointerException via multi-catch
 * [text] caught NumberFormatException via multi-catch
 * [ok] no exception: 42
 * [anything] catch-all got IllegalStateException: boom
 * </pre>
 */
public final class CatchRules {

    public static void main(String[] args) {
        Usage.noArguments(args, CatchRules.class);
        firstMatchingHandlerRuns();
        for (String input : List.of("key", "text", "ok")) {
            multiCatch(input);
        }
        catchAll();
    }

    // Handlers are tried from top to bottom and only the first match runs. The more specific
    // type must come first: javac rejects a catch that an earlier one already covers
    // ("exception IndexOutOfBoundsException has already been caught"), a mistake Python
    // lets you make silently.
    static void firstMatchingHandlerRuns() {
        List<Integer> numbers = List.of(1, 2, 3);
        try {
            System.out.println("[index] step 1 done");
            int fifth = numbers.get(5);                     // throws here ...
            System.out.println("[index] never printed: " + fifth); // ... so this is skipped
        } catch (IndexOutOfBoundsException e) {
            // A handler also matches subclasses: List.of(...) throws the more specific
            // ArrayIndexOutOfBoundsException, and this handler catches it.
            System.out.println("[index] catch (IndexOutOfBoundsException e) got "
                    + e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            System.out.println("[index] not reached: the handler above matched first");
        }
    }

    // One handler for several types: Python's `except (KeyError, ValueError) as e`.
    // The types must not be subclasses of each other.
    static void multiCatch(String input) {
        Map<String, Integer> ages = Map.of("ok", 42);
        try {
            int value = switch (input) {
                case "key" -> ages.get("missing");          // null unboxed to int: NullPointerException
                case "text" -> Integer.parseInt(input);     // NumberFormatException
                default -> ages.get(input);
            };
            System.out.println("[" + input + "] no exception: " + value);
        } catch (NullPointerException | NumberFormatException e) {
            System.out.println("[" + input + "] caught " + e.getClass().getSimpleName() + " via multi-catch");
        }
    }

    // The catch-all is `catch (Exception e)`. Not `catch (Throwable t)`: Throwable also covers
    // Errors such as OutOfMemoryError and StackOverflowError, which mean the JVM itself is in
    // trouble and which a program cannot sensibly handle.
    static void catchAll() {
        try {
            throw new IllegalStateException("boom");
        } catch (Exception e) {
            System.out.println("[anything] catch-all got " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}

package course.ch01.exercises;

/**
 * Exercise 1.3 · AgeParser (easy) — turn user input into a valid age, or say clearly what is wrong.
 *
 * <p><b>Task.</b> Implement {@link #parseAge(String)}: strip surrounding white space, convert the
 * text to an {@code int} and return it when it lies in {@value #MIN_AGE}..{@value #MAX_AGE}.
 * Otherwise throw {@link IllegalArgumentException} whose message says what was wrong:
 * <ul>
 *   <li>{@code null} or blank input → a message containing {@code "empty"};</li>
 *   <li>text that is not a whole number ({@code "abc"}, {@code "12.5"}, {@code "99999999999"}) →
 *       a message containing {@code "not a whole number"} and the input itself, with the
 *       {@link NumberFormatException} kept as the cause;</li>
 *   <li>a number outside the range → a message containing {@code "out of range"} and the number.</li>
 * </ul>
 *
 * <p><b>Hint.</b> {@link Integer#parseInt(String)} already rejects non-numbers by throwing
 * {@link NumberFormatException}: catch it and throw your own exception with it as the cause.
 *
 * <p><b>Reread:</b> §1.3 ({@code ReadNumber}, {@code CatchRules}); the cause chain is §1.4.
 */
public final class AgeParser {

    public static final int MIN_AGE = 0;
    public static final int MAX_AGE = 150;

    private AgeParser() {
    }

    public static int parseAge(String input) {
        throw new UnsupportedOperationException("TODO: exercise AgeParser (§1.3) — implement parseAge; see its Javadoc");
    }
}

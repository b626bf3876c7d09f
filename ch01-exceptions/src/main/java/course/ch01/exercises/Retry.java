package course.ch01.exercises;

/**
 * Exercise 1.6 · Retry (hard) — try an action several times; when all fail, lose no failure.
 *
 * <p><b>Task.</b> Implement {@link #retry}: call {@code action} until it returns, at most
 * {@code times} times, and return its result (which may be {@code null}).
 * <ul>
 *   <li>If every attempt throws, throw the <em>last</em> exception itself (not a wrapper),
 *       with each earlier one attached by {@link Throwable#addSuppressed}, oldest first. An
 *       earlier failure that is the very same object as the last is not attached
 *       (a {@code Throwable} cannot suppress itself).</li>
 *   <li>{@link InterruptedException} means "stop": do not try again; throw it at once, with the
 *       earlier failures attached as above.</li>
 *   <li>An {@link Error} is never retried: let it through at once.</li>
 *   <li>{@code times} below 1 → {@link IllegalArgumentException} whose message contains
 *       {@code "times"} and the value; {@code null} action → {@link NullPointerException}
 *       whose message contains {@code "action"}; in both cases nothing is called.</li>
 * </ul>
 *
 * <p><b>Hint.</b> {@code catch (Exception e)} retries exactly what should be retried; an
 * {@code Error} passes by it untouched.
 *
 * <p><b>Reread:</b> §1.4 ({@code RethrowAndCause}: rethrow); §1.6 ({@code TryWithResources}: suppressed exceptions).
 */
public final class Retry {

    /** One attempt: may return a value or throw any exception, checked ones included. */
    @FunctionalInterface
    public interface Attempt<T> {
        T call() throws Exception;
    }

    private Retry() {
    }

    public static <T> T retry(int times, Attempt<T> action) throws Exception {
        throw new UnsupportedOperationException("TODO: exercise Retry (§1.6) — implement retry; see its Javadoc");
    }
}

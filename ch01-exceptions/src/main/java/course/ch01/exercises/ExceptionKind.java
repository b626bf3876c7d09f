package course.ch01.exercises;

/**
 * Exercise 1.4 · ExceptionKind (easy) — tell checked exceptions from unchecked ones and errors.
 *
 * <p><b>Task.</b> Implement {@link #of(Class)}: return {@link Kind#ERROR} for {@link Error} and
 * its subclasses, {@link Kind#UNCHECKED} for {@link RuntimeException} and its subclasses, and
 * {@link Kind#CHECKED} for every other {@link Throwable} type: those are the ones javac makes
 * you catch or declare with {@code throws}. Then {@link #of(Throwable)}, the same for an
 * exception object (judged by its run-time class). A {@code null} argument →
 * {@link NullPointerException} with the message {@code "type must not be null"} or
 * {@code "exception must not be null"}.
 *
 * <p><b>Hint.</b> {@code A.class.isAssignableFrom(B.class)} is true when B is A or a subclass
 * of A. Look twice at {@code Throwable} itself and at a class that extends it directly.
 *
 * <p><b>Reread:</b> §1.4 ({@code CheckedVsUnchecked}); §1.5 for classes extending {@code Throwable}.
 */
public final class ExceptionKind {

    /** The three kinds of throwable in Java. */
    public enum Kind { CHECKED, UNCHECKED, ERROR }

    private ExceptionKind() {
    }

    public static Kind of(Class<? extends Throwable> type) {
        throw new UnsupportedOperationException("TODO: exercise ExceptionKind (§1.4) — implement of(Class); see its Javadoc");
    }

    public static Kind of(Throwable exception) {
        throw new UnsupportedOperationException("TODO: exercise ExceptionKind (§1.4) — implement of(Throwable); see its Javadoc");
    }
}

package course.ch01.exercises;

import java.util.Objects;

/** Reference solution of exercise 1.4 · ExceptionKind. */
public final class ExceptionKind {

    /** The three kinds of throwable in Java. */
    public enum Kind { CHECKED, UNCHECKED, ERROR }

    private ExceptionKind() {
    }

    public static Kind of(Class<? extends Throwable> type) {
        Objects.requireNonNull(type, "type must not be null");
        if (Error.class.isAssignableFrom(type)) {
            return Kind.ERROR;
        }
        if (RuntimeException.class.isAssignableFrom(type)) {
            return Kind.UNCHECKED;
        }
        return Kind.CHECKED;
    }

    public static Kind of(Throwable exception) {
        Objects.requireNonNull(exception, "exception must not be null");
        return of(exception.getClass());
    }
}

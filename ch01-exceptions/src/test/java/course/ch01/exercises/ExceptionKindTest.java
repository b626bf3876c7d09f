package course.ch01.exercises;

import course.ch01.exercises.ExceptionKind.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Exercise 1.4 · ExceptionKind (easy)")
class ExceptionKindTest {

    static class DirectlyFromThrowable extends Throwable {
    }

    @ParameterizedTest(name = "{0} is checked")
    @ValueSource(classes = {Exception.class, IOException.class, NoSuchFileException.class,
            InterruptedException.class, ReflectiveOperationException.class})
    @DisplayName("Exception and its subclasses outside RuntimeException are checked")
    void checked(Class<? extends Throwable> type) {
        assertThat(ExceptionKind.of(type)).as("kind of %s", type.getSimpleName()).isEqualTo(Kind.CHECKED);
    }

    @Test
    @DisplayName("Throwable itself, and a class extending it directly, are checked too")
    void throwableIsChecked() {
        assertThat(ExceptionKind.of(Throwable.class)).as("kind of Throwable").isEqualTo(Kind.CHECKED);
        assertThat(ExceptionKind.of(DirectlyFromThrowable.class)).as("kind of a direct subclass of Throwable").isEqualTo(Kind.CHECKED);
    }

    @ParameterizedTest(name = "{0} is unchecked")
    @ValueSource(classes = {RuntimeException.class, IllegalArgumentException.class, NumberFormatException.class,
            UncheckedIOException.class, ArrayIndexOutOfBoundsException.class})
    @DisplayName("RuntimeException and its subclasses are unchecked")
    void unchecked(Class<? extends Throwable> type) {
        assertThat(ExceptionKind.of(type)).as("kind of %s", type.getSimpleName()).isEqualTo(Kind.UNCHECKED);
    }

    @ParameterizedTest(name = "{0} is an error")
    @ValueSource(classes = {Error.class, AssertionError.class, StackOverflowError.class, OutOfMemoryError.class})
    @DisplayName("Error and its subclasses are errors")
    void errors(Class<? extends Throwable> type) {
        assertThat(ExceptionKind.of(type)).as("kind of %s", type.getSimpleName()).isEqualTo(Kind.ERROR);
    }

    @Test
    @DisplayName("an exception object is judged by its run-time class, anonymous subclasses included")
    void objects() {
        assertThat(ExceptionKind.of(new InterruptedException())).isEqualTo(Kind.CHECKED);
        assertThat(ExceptionKind.of(new RuntimeException() { })).isEqualTo(Kind.UNCHECKED);
        Exception declaredAsException = new IllegalStateException();
        assertThat(ExceptionKind.of(declaredAsException)).as("an IllegalStateException held in an Exception variable")
                .isEqualTo(Kind.UNCHECKED);
        assertThat(ExceptionKind.of(new LinkageError())).isEqualTo(Kind.ERROR);
    }

    @Test
    @DisplayName("null is rejected with NullPointerException, for a class and for an object")
    void rejectsNull() {
        assertThatThrownBy(() -> ExceptionKind.of((Class<? extends Throwable>) null))
                .isInstanceOf(NullPointerException.class).hasMessage("type must not be null");
        assertThatThrownBy(() -> ExceptionKind.of((Throwable) null))
                .isInstanceOf(NullPointerException.class).hasMessage("exception must not be null");
    }
}

package course.ch02.exercises;

import course.ch02.exercises.ExitClassifier.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Exercise 2.6 · ExitClassifier (easy)")
class ExitClassifierTest {

    static final String MISSING_MAIN = "Error: Could not find or load main class demo.Missing\n"
            + "Caused by: java.lang.ClassNotFoundException: demo.Missing\n";
    static final String UNCAUGHT = "Exception in thread \"main\" java.lang.ArithmeticException: / by zero\n"
            + "\tat demo.Divide.main(Divide.java:5)\n";

    @Test
    @DisplayName("exit code 0 is a normal exit, even if something was written to stderr")
    void zeroIsNormal() {
        assertThat(ExitClassifier.classify(0, "")).isEqualTo(Kind.NORMAL_EXIT);
        assertThat(ExitClassifier.classify(0, "WARNING: something to mention\n")).isEqualTo(Kind.NORMAL_EXIT);
    }

    @Test
    @DisplayName("exit code 1 after 'could not find or load main class' is an error exit")
    void missingMainClassIsAnErrorExit() {
        assertThat(ExitClassifier.classify(1, MISSING_MAIN)).isEqualTo(Kind.ERROR_EXIT);
    }

    @Test
    @DisplayName("exit code 1 with an uncaught exception's stack trace is a fatal error")
    void uncaughtExceptionIsFatal() {
        assertThat(ExitClassifier.classify(1, UNCAUGHT)).isEqualTo(Kind.FATAL_ERROR);
    }

    @Test
    @DisplayName("the stack trace counts wherever it starts in stderr, but only at the start of a line")
    void stackTraceLaterInStderr() {
        assertThat(ExitClassifier.classify(1, "starting\n" + UNCAUGHT)).isEqualTo(Kind.FATAL_ERROR);
        assertThat(ExitClassifier.classify(1, "log: no \"Exception in thread \" here\n")).isEqualTo(Kind.ERROR_EXIT);
    }

    @ParameterizedTest(name = "exit code {0} is an error exit")
    @ValueSource(ints = {2, 3, 127, 128, 193, 255})
    @DisplayName("other codes that are not 128 + a signal are error exits")
    void otherCodesAreErrorExits(int code) {
        assertThat(ExitClassifier.classify(code, "")).isEqualTo(Kind.ERROR_EXIT);
    }

    @ParameterizedTest(name = "exit code {0} means killed by signal {1}")
    @CsvSource({"129, 1", "130, 2", "137, 9", "143, 15", "192, 64"})
    @DisplayName("codes 129..192 mean killed by signal (code - 128)")
    void killedBySignal(int code, int signal) {
        assertThat(ExitClassifier.classify(code, "")).isEqualTo(Kind.KILLED);
        assertThat(ExitClassifier.signal(code)).isEqualTo(OptionalInt.of(signal));
    }

    @ParameterizedTest(name = "exit code {0} has no signal")
    @ValueSource(ints = {0, 1, 128, 193, 255})
    @DisplayName("codes outside 129..192 name no signal")
    void noSignal(int code) {
        assertThat(ExitClassifier.signal(code)).isEmpty();
    }

    @ParameterizedTest(name = "exit code {0} is rejected")
    @ValueSource(ints = {-1, 256, 1000})
    @DisplayName("codes outside 0..255 are rejected, naming the code")
    void rejectsImpossibleCodes(int code) {
        assertThatThrownBy(() -> ExitClassifier.classify(code, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(code));
        assertThatThrownBy(() -> ExitClassifier.signal(code))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(code));
    }

    @Test
    @DisplayName("a missing stderr is rejected with a NullPointerException")
    void rejectsNullStderr() {
        assertThatThrownBy(() -> ExitClassifier.classify(1, null)).isInstanceOf(NullPointerException.class);
    }
}

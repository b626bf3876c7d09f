package course.ch01.exercises;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

@Timeout(5)
@DisplayName("Exercise 1.6 · Retry (hard)")
class RetryTest {

    private final AtomicInteger calls = new AtomicInteger();

    /** An action whose n-th call (1-based) throws failures[n-1], or returns "done" when there is none left. */
    private Retry.Attempt<String> failing(Exception... failures) {
        return () -> {
            int n = calls.incrementAndGet();
            if (n <= failures.length) {
                throw failures[n - 1];
            }
            return "done";
        };
    }

    private static List<String> messages(Throwable[] suppressed) {
        return Arrays.stream(suppressed).map(Throwable::getMessage).toList();
    }

    @Test
    @DisplayName("a first success is returned at once, without further calls")
    void firstSuccess() throws Exception {
        assertThat(Retry.retry(3, failing())).isEqualTo("done");
        assertThat(calls).as("calls").hasValue(1);
    }

    @Test
    @DisplayName("failures are retried until a call succeeds, checked and unchecked alike")
    void succeedsAfterFailures() throws Exception {
        assertThat(Retry.retry(5, failing(new IOException("1"), new IllegalStateException("2")))).isEqualTo("done");
        assertThat(calls).as("calls").hasValue(3);
    }

    @Test
    @DisplayName("a null result is a success like any other")
    void nullResult() throws Exception {
        assertThat(Retry.<String>retry(2, () -> {
            calls.incrementAndGet();
            return null;
        })).isNull();
        assertThat(calls).hasValue(1);
    }

    @Test
    @DisplayName("when every attempt fails, the last failure itself is thrown, the earlier ones suppressed oldest first")
    void allFail() {
        IOException last = new IOException("attempt 3");
        Throwable thrown = catchThrowable(() -> Retry.retry(3,
                failing(new IOException("attempt 1"), new IllegalStateException("attempt 2"), last)));
        assertThat(thrown).isSameAs(last);
        assertThat(messages(thrown.getSuppressed())).containsExactly("attempt 1", "attempt 2");
        assertThat(calls).as("calls").hasValue(3);
    }

    @Test
    @DisplayName("a single allowed attempt that fails throws its exception with nothing suppressed")
    void singleAttempt() {
        IOException only = new IOException("only");
        Throwable thrown = catchThrowable(() -> Retry.retry(1, failing(only, new IOException("never"))));
        assertThat(thrown).isSameAs(only);
        assertThat(thrown.getSuppressed()).isEmpty();
        assertThat(calls).hasValue(1);
    }

    @Test
    @DisplayName("the same exception object thrown every time is thrown once, without suppressing itself")
    void sameObjectEveryTime() {
        IllegalStateException same = new IllegalStateException("again");
        Throwable thrown = catchThrowable(() -> Retry.retry(3, failing(same, same, same)));
        assertThat(thrown).isSameAs(same);
        assertThat(thrown.getSuppressed()).isEmpty();
        assertThat(calls).hasValue(3);
    }

    @Test
    @DisplayName("InterruptedException stops the retries at once and carries the earlier failures")
    void interruptedStops() {
        InterruptedException interrupted = new InterruptedException("stop");
        Throwable thrown = catchThrowable(() -> Retry.retry(5, failing(new IOException("attempt 1"), interrupted)));
        assertThat(thrown).isSameAs(interrupted);
        assertThat(messages(thrown.getSuppressed())).containsExactly("attempt 1");
        assertThat(calls).as("calls").hasValue(2);
    }

    @Test
    @DisplayName("an Error is not retried")
    void errorIsNotRetried() {
        AssertionError error = new AssertionError("broken");
        Throwable thrown = catchThrowable(() -> Retry.retry(5, () -> {
            calls.incrementAndGet();
            throw error;
        }));
        assertThat(thrown).isSameAs(error);
        assertThat(calls).as("calls").hasValue(1);
    }

    @ParameterizedTest(name = "times = {0} is rejected")
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    @DisplayName("fewer than one attempt is rejected, naming the value, and the action is never called")
    void rejectsBadTimes(int times) {
        assertThatThrownBy(() -> Retry.retry(times, failing()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("times")
                .hasMessageContaining(String.valueOf(times));
        assertThat(calls).hasValue(0);
    }

    @Test
    @DisplayName("a null action is rejected with NullPointerException")
    void rejectsNullAction() {
        assertThatThrownBy(() -> Retry.retry(3, null)).isInstanceOf(NullPointerException.class).hasMessageContaining("action");
    }
}

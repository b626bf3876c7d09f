package course.ch07.exercises;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A made-up exercise for the progress board's tests: one test passes, an assertion fails, a parameterized test fails twice. */
@DisplayName("Exercise 7.1 · Beta (medium)")
class BetaTest {

    @Test
    @DisplayName("an empty text has length zero")
    void empty() {
        assertThat("".length()).isZero();
    }

    @Test
    @DisplayName("the answer is forty-two")
    void answer() {
        assertThat(41).as("the answer").isEqualTo(42);
    }

    @ParameterizedTest(name = "the word [{0}] is long")
    @ValueSource(strings = {"a", "bc"})
    @DisplayName("words are long")
    void longWords(String word) {
        assertThat(word).hasSizeGreaterThan(5);
    }
}

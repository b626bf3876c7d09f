package course.ch07.exercises;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A made-up exercise for the progress board's tests: an untouched stub, thrown at and quoted in an assertion. */
@DisplayName("Exercise 7.2 · Gamma (hard)")
class GammaTest {

    private static int stub() {
        throw new UnsupportedOperationException("TODO: exercise Gamma (§7.2) — implement stub; see its Javadoc");
    }

    @Test
    @DisplayName("the stub gives an answer")
    void answers() {
        stub();
    }

    @Test
    @DisplayName("a bad call is refused")
    void refuses() {
        assertThatThrownBy(GammaTest::stub).isInstanceOf(IllegalArgumentException.class);
    }
}

package course.ch01.exercises;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Exercise 1.3 · AgeParser (easy)")
class AgeParserTest {

    @Test
    @DisplayName("a plain number inside the range is returned as it is")
    void acceptsValidAge() {
        assertThat(AgeParser.parseAge("25")).as("parseAge(\"25\")").isEqualTo(25);
    }

    @Test
    @DisplayName("white space around the number is ignored")
    void stripsWhiteSpace() {
        assertThat(AgeParser.parseAge("  42\n")).as("parseAge(\"  42\\n\")").isEqualTo(42);
    }

    @Test
    @DisplayName("both ends of the range are valid ages")
    void acceptsBothEnds() {
        assertThat(AgeParser.parseAge("0")).as("the youngest age").isEqualTo(AgeParser.MIN_AGE);
        assertThat(AgeParser.parseAge("150")).as("the oldest age").isEqualTo(AgeParser.MAX_AGE);
    }

    @ParameterizedTest(name = "input [{0}] is rejected as empty")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    @DisplayName("missing or blank input is rejected as empty")
    void rejectsEmpty(String input) {
        assertThatThrownBy(() -> AgeParser.parseAge(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }

    @ParameterizedTest(name = "input [{0}] is not a whole number")
    @ValueSource(strings = {"abc", "12.5", "2O", "99999999999"})
    @DisplayName("text that is not a whole number is rejected, naming the input and keeping the cause")
    void rejectsNonNumbers(String input) {
        assertThatThrownBy(() -> AgeParser.parseAge(input))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(NumberFormatException.class)
                .hasMessageContaining("not a whole number")
                .hasMessageContaining(input)
                .hasCauseInstanceOf(NumberFormatException.class);
    }

    @ParameterizedTest(name = "age {0} is out of range")
    @ValueSource(strings = {"-1", "151", "1000"})
    @DisplayName("numbers outside 0..150 are rejected as out of range, naming the number")
    void rejectsOutOfRange(String input) {
        assertThatThrownBy(() -> AgeParser.parseAge(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of range")
                .hasMessageContaining(input);
    }
}

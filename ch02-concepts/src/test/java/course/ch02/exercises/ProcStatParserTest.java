package course.ch02.exercises;

import course.ch02.exercises.ProcStatParser.Stat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Exercise 2.9 · ProcStatParser (medium)")
class ProcStatParserTest {

    /** A real line, from a Linux machine's /proc/1/stat. */
    static final String INIT = "1 (process_api) S 0 0 0 0 -1 4194560 29526 463868 0 158 285 651 1766 1447 10 -10 13 0 20"
            + " 46493696 3681 18446744073709551615 1 1 0 0 0 0 0 4096 1256 0 0 0 17 1 0 0 0 0 0 0 0 0 0 0 0 0 0\n";

    /** Exactly 22 fields around a given name and state, with made-up numbers: pid 4711, ppid 4700. */
    static String line(String nameInParentheses, String state) {
        return "4711 " + nameInParentheses + " " + state + " 4700 4711 4711 0 -1 4194304 100 0 0 0 17 3 0 0 20 0 9 0 140647";
    }

    @Test
    @DisplayName("a real line gives pid, name, state, parent, CPU ticks, threads and start time")
    void realLine() {
        assertThat(ProcStatParser.parse(INIT)).isEqualTo(new Stat(1, "process_api", 'S', 0, 285, 651, 13, 20));
    }

    @Test
    @DisplayName("a line of exactly 22 fields and no newline is enough")
    void shortestLine() {
        assertThat(ProcStatParser.parse(line("(cat)", "R")))
                .isEqualTo(new Stat(4711, "cat", 'R', 4700, 17, 3, 9, 140647));
    }

    @ParameterizedTest(name = "name {0}")
    @CsvSource(delimiter = '|', value = {
        "(tmux: server)|tmux: server",
        "((sd-pam))|(sd-pam)",
        "(a) R 1 (b)|a) R 1 (b",
        "()|''",
    })
    @DisplayName("the name ends at the last ')', so it may hold spaces, parentheses and things that look like fields")
    void awkwardNames(String raw, String name) {
        Stat stat = ProcStatParser.parse(line(raw, "S"));
        assertThat(stat.name()).isEqualTo(name);
        assertThat(stat.state()).isEqualTo('S');
        assertThat(stat.parentPid()).isEqualTo(4700);
        assertThat(stat.threads()).isEqualTo(9);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"R, running", "S, sleeping", "D, disk sleep", "T, stopped", "t, tracing stop", "Z, zombie", "X, dead", "I, idle"})
    @DisplayName("each state letter has its meaning")
    void describesStates(char letter, String meaning) {
        assertThat(ProcStatParser.describe(letter)).isEqualTo(meaning);
    }

    @Test
    @DisplayName("an unknown state letter is rejected, naming it")
    void rejectsUnknownLetter() {
        assertThatThrownBy(() -> ProcStatParser.describe('Q'))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Q");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "4711 cat S 4700", "4711 (cat S 4700 1 1"})
    @DisplayName("a line without a name in parentheses is rejected")
    void rejectsMissingName(String bad) {
        assertThatThrownBy(() -> ProcStatParser.parse(bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }

    @Test
    @DisplayName("a line with too few fields is rejected, saying how many it had")
    void rejectsShortLine() {
        assertThatThrownBy(() -> ProcStatParser.parse("4711 (cat) R 4700 4711 4711 0 -1 4194304 100"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10");
        String oneShort = line("(cat)", "R").replace(" 140647", "");
        assertThatThrownBy(() -> ProcStatParser.parse(oneShort))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("21");
    }

    @Test
    @DisplayName("a line with nothing after the name is rejected, saying it had 2 fields")
    void rejectsLineThatEndsAfterTheName() {
        // "2" as a number of its own: the 22 that the message may also name does not count.
        assertThatThrownBy(() -> ProcStatParser.parse("4711 (cat)\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageFindingMatch("\\b2\\b");
    }

    @Test
    @DisplayName("a state that is not a single letter is rejected")
    void rejectsLongState() {
        assertThatThrownBy(() -> ProcStatParser.parse(line("(cat)", "RS")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RS");
    }

    @Test
    @DisplayName("a number field that is not a number is rejected, naming the text")
    void rejectsNonNumbers() {
        assertThatThrownBy(() -> ProcStatParser.parse(line("(cat)", "S").replace(" 4700 ", " parent ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parent");
        assertThatThrownBy(() -> ProcStatParser.parse(line("(cat)", "S").replaceFirst("^4711", "x4711")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x4711");
    }

    @Test
    @DisplayName("null is rejected with a NullPointerException")
    void rejectsNull() {
        assertThatThrownBy(() -> ProcStatParser.parse(null)).isInstanceOf(NullPointerException.class);
    }
}

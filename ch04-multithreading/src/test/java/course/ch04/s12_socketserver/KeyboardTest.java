package course.ch04.s12_socketserver;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§4.12 Keyboard: lines up to the cap, either line end")
class KeyboardTest {

    private static Keyboard of(String text) {
        return new Keyboard(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("a line of exactly the cap comes back whole, with \\n or \\r\\n")
    void fullLineEitherEnd() throws IOException {
        String full = "x".repeat(Keyboard.MAX_LINE_CHARS);
        Keyboard in = of(full + "\n" + full + "\r\n");
        assertThat(in.next()).isEqualTo(new Keyboard.Line(full, false));
        assertThat(in.next()).isEqualTo(new Keyboard.Line(full, false));
        assertThat(in.next()).isNull();
    }

    @Test
    @DisplayName("one character more, even a \\r that does not end the line, marks the line too long")
    void longerLineIsTooLong() throws IOException {
        String full = "x".repeat(Keyboard.MAX_LINE_CHARS);
        Keyboard in = of(full + "y\n" + full + "\ry\r\n" + "short\r\n");
        assertThat(in.next()).isEqualTo(new Keyboard.Line(full, true));
        assertThat(in.next()).isEqualTo(new Keyboard.Line(full, true));
        assertThat(in.next()).isEqualTo(new Keyboard.Line("short", false));
    }
}

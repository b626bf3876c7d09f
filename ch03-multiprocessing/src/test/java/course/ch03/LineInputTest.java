package course.ch03;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("LineInput: lines up to a byte limit, either line end")
class LineInputTest {

    private static final int MAX = 16;

    private static LineInput of(String text) {
        return new LineInput(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), MAX);
    }

    @Test
    @DisplayName("a line of exactly the limit comes back whole, with \\n or \\r\\n")
    void fullLineEitherEnd() throws IOException {
        String full = "x".repeat(MAX);
        LineInput in = of(full + "\n" + full + "\r\n" + full);
        assertThat(in.readLine()).isEqualTo(full);
        assertThat(in.readLine()).isEqualTo(full);
        assertThat(in.readLine()).isEqualTo(full);
        assertThat(in.readLine()).isNull();
    }

    @Test
    @DisplayName("one byte more, even a \\r that does not end the line, is refused")
    void longerLineIsRefused() {
        String full = "x".repeat(MAX);
        assertThatThrownBy(() -> of(full + "y\n").readLine()).isInstanceOf(LineInput.TooLongException.class);
        assertThatThrownBy(() -> of(full + "\ry\n").readLine()).isInstanceOf(LineInput.TooLongException.class);
    }
}

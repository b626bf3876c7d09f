package course.ch01.s03_handling;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§1.3 LineInput: lines cut at 80 characters, either line end")
class LineInputTest {

    private static LineInput of(String text) {
        return new LineInput(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("a line of exactly 80 characters comes back whole, with \\n or \\r\\n")
    void fullLineEitherEnd() throws IOException {
        String full = "x".repeat(LineInput.MAX_CHARS);
        LineInput in = of(full + "\n" + full + "\r\n" + full);
        assertThat(in.readLine()).isEqualTo(full);
        assertThat(in.readLine()).isEqualTo(full);
        assertThat(in.readLine()).isEqualTo(full);
        assertThat(in.readLine()).isNull();
    }

    @Test
    @DisplayName("one character more, even a \\r that does not end the line, is cut and marked")
    void longerLineIsCut() throws IOException {
        String full = "x".repeat(LineInput.MAX_CHARS);
        LineInput in = of(full + "y\n" + full + "\ry\r\n" + "short\r\n");
        assertThat(in.readLine()).isEqualTo(full + "…");
        assertThat(in.readLine()).isEqualTo(full + "…");
        assertThat(in.readLine()).isEqualTo("short");
    }
}

package course.kit.test;

import course.kit.LineReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("LineReader: lines up to a limit, either line end, never more in memory")
class LineReaderTest {

    private static LineReader of(String text, int max) {
        return new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    }

    @Test
    @DisplayName("a line of exactly the limit comes back whole, with \\n, \\r\\n or the end of the stream")
    void fullLineEitherEnd() throws IOException {
        String full = "x".repeat(8);
        LineReader in = of(full + "\n" + full + "\r\n" + full, 8);
        for (int i = 0; i < 3; i++) {
            assertThat(in.next()).isEqualTo(new LineReader.Line(full, false));
        }
        assertThat(in.next()).isNull();
    }

    @Test
    @DisplayName("one character more, even a \\r that does not end the line, cuts the line: its start comes back, marked cut")
    void longerLineIsCut() throws IOException {
        String full = "x".repeat(8);
        LineReader in = of(full + "y\n" + full + "\ry\r\n" + "short\r\n", 8);
        assertThat(in.next()).isEqualTo(new LineReader.Line(full, true));
        assertThat(in.next()).isEqualTo(new LineReader.Line(full, true));
        assertThat(in.next()).isEqualTo(new LineReader.Line("short", false));
        assertThat(in.next()).isNull();
    }

    @Test
    @DisplayName("blank lines are lines; bytes that are not UTF-8 become U+FFFD; the end of the stream is null")
    void blankAndBadBytes() throws IOException {
        byte[] bytes = {'\n', '\r', '\n', (byte) 0xC3, '(', 'z'};
        LineReader in = new LineReader(new ByteArrayInputStream(bytes), 80);
        assertThat(in.next().text()).isEmpty();
        assertThat(in.next().text()).isEmpty();
        assertThat(in.next().text()).isEqualTo("\uFFFD(z");
        assertThat(in.next()).isNull();
    }

    @Test
    @DisplayName("a line without end (here 10 MB of 'x') is read through in bounded memory and comes back cut")
    void endlessLine() throws IOException {
        long length = 10_000_000;
        InputStream endless = new InputStream() {
            long left = length;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        LineReader in = new LineReader(endless, 16);
        assertThat(in.next()).isEqualTo(new LineReader.Line("x".repeat(16), true));
        assertThat(in.next()).isNull();
    }

    @Test
    @DisplayName("a limit below 1 or a null stream is refused with a message that says what was wrong")
    void badArguments() {
        assertThatThrownBy(() -> new LineReader(InputStream.nullInputStream(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxChars must be at least 1, not 0");
        assertThatThrownBy(() -> new LineReader(null, 8)).isInstanceOf(NullPointerException.class).hasMessage("in");
    }
}

package course.ch03;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Lines of at most a given number of bytes, read from a byte stream (a child's stdin, say).
 *
 * <p>{@code BufferedReader.readLine()} keeps a line of any length in memory: a writer that never
 * sends a newline makes the reader hold everything it sends. This reader gives up instead, with
 * {@link TooLongException}, once a line passes its limit. A line ends at {@code \n} (a {@code \r}
 * before it is dropped), or at the end of the stream; bytes that are not UTF-8 become U+FFFD.
 */
public final class LineInput {

    /** A line went past the limit before its {@code \n}. */
    public static final class TooLongException extends IOException {
        public TooLongException(int maxBytes) {
            super("line longer than " + maxBytes + " bytes");
        }
    }

    private final InputStream in;
    private final int maxBytes;

    /** Reads from {@code in}; a line of more than {@code maxBytes} bytes before its {@code \n} is refused. */
    public LineInput(InputStream in, int maxBytes) {
        Objects.requireNonNull(in, "in");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1, not " + maxBytes);
        }
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in);
        this.maxBytes = maxBytes;
    }

    /** The next line without its end, or {@code null} at the end of the stream. */
    public String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            // One more place for a '\r': a full line may still end with a Windows "\r\n".
            if (line.size() > maxBytes || (line.size() == maxBytes && b != '\r')) {
                throw new TooLongException(maxBytes);
            }
            line.write(b);
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}

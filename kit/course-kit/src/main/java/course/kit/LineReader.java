package course.kit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Lines of text, each at most a given number of characters, from a byte stream: the keyboard, a
 * child's standard input, a pipe.
 *
 * <p>Why not {@code BufferedReader.readLine()} or {@code Scanner.nextLine()}: both keep a whole line
 * in memory, and a "line" without a newline (a binary file piped in by mistake, an endless stream)
 * can be as long as the input. This reader keeps at most {@code maxChars} characters of a line; the
 * rest of it is read and dropped, and the line comes back marked {@link Line#cut() cut}, so that a
 * caller can refuse it, or show its start. A line ends at {@code \n} (a {@code \r} before it is
 * dropped) or at the end of the stream. Bytes that are not UTF-8 become U+FFFD instead of an
 * exception.
 *
 * <p>It reads ahead of the line it returns: keep one reader per stream.
 */
public final class LineReader {

    /** One line, without its line end; {@code cut}: it was longer than the limit, and this is its start. */
    public record Line(String text, boolean cut) {
    }

    private final Reader in;
    private final int maxChars;

    public LineReader(InputStream in, int maxChars) {
        Objects.requireNonNull(in, "in");
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, not " + maxChars);
        }
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.maxChars = maxChars;
    }

    /** The next line; {@code null} at the end of the stream. */
    public Line next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean cut = false;
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            // One more place for a '\r': a full line may still end with a Windows "\r\n".
            if (line.length() < maxChars || (line.length() == maxChars && c == '\r')) {
                line.append((char) c);
            } else {
                cut = true;                  // read on to the newline, keep nothing more
            }
        }
        if (c == -1 && line.isEmpty() && !cut) {
            return null;
        }
        if (cut) {
            line.setLength(maxChars);
        } else if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
        }
        return new Line(line.toString(), cut);
    }
}

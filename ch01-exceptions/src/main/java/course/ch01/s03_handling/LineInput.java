package course.ch01.s03_handling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Not a demo: standard input, one line at a time, for the keyboard demos of §1.3.
 *
 * <p>Why not {@code BufferedReader.readLine} or {@code Scanner.nextLine}: both keep the whole
 * line in memory, and a "line" with no newline (a binary file piped in by mistake, an endless
 * stream) can be as long as the input. Here a line keeps at most {@link #MAX_CHARS} characters;
 * the rest of it is read and dropped, and an ellipsis ({@code …}) marks the cut, so that a cut
 * line can never pass for a valid answer. Bytes that are not UTF-8 become {@code U+FFFD}
 * instead of an exception.
 */
final class LineInput {

    /** Far more than any sensible answer; enough to show the user what they typed. */
    static final int MAX_CHARS = 80;

    private final Reader in;

    LineInput(InputStream in) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The next line without its line end, cut to {@link #MAX_CHARS} characters; {@code null} at the end of input. */
    String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean readAnything = false;
        boolean cut = false;
        for (int c = in.read(); c != -1; c = in.read()) {
            readAnything = true;
            if (c == '\n') {
                break;
            }
            // One more place for a '\r': a full line may still end with a Windows "\r\n".
            if (line.length() < MAX_CHARS || (line.length() == MAX_CHARS && c == '\r')) {
                line.append((char) c);
            } else {
                cut = true;
            }
        }
        if (!readAnything) {
            return null;
        }
        if (cut) {
            line.setLength(MAX_CHARS);
            return line.append('…').toString();
        }
        if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);           // a Windows line end
        }
        return line.toString();
    }
}

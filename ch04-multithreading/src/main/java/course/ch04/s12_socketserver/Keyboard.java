package course.ch04.s12_socketserver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * §4.12 socketserver — the lines {@link TcpClient} and {@link UdpClient} read from standard
 * input, each at most {@value #MAX_LINE_CHARS} characters long.
 *
 * <p>{@code BufferedReader.readLine()} keeps a line in memory however long it is: a file without
 * a newline, piped in, would be read whole. Here a longer line is marked too long and the rest
 * of it is read and dropped, so a client never holds more than the cap (far above the servers'
 * own limit of {@value LineProtocol#MAX_LINE_BYTES} bytes). Bytes that are not UTF-8 become
 * U+FFFD, as with any {@code Reader}.
 */
final class Keyboard {

    static final int MAX_LINE_CHARS = 8192;

    /** One line, without its {@code \n} or {@code \r\n}; {@code tooLong}: only its start is kept. */
    record Line(String text, boolean tooLong) {
    }

    private final Reader in;

    Keyboard(InputStream in) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The next line; {@code null} at end of input. */
    Line next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            // One more place for a '\r': a full line may still end with a Windows "\r\n".
            if (line.length() < MAX_LINE_CHARS || (line.length() == MAX_LINE_CHARS && c == '\r')) {
                line.append((char) c);
            } else {
                tooLong = true;                  // read on to the newline, keep nothing more
            }
        }
        if (c == -1 && line.isEmpty()) {
            return null;
        }
        if (tooLong) {
            line.setLength(MAX_LINE_CHARS);
        } else if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
        }
        return new Line(line.toString(), tooLong);
    }

    /** What a client prints instead of a reply when a line was too long to send. */
    static final String TOO_LONG_MESSAGE = "line longer than " + MAX_LINE_CHARS + " characters: not sent";

    /**
     * The clients' prompt, Python's {@code msg = input('>>: ')}: prints {@code >>: } and returns the
     * next line to send. A line too long to send is skipped with {@link #TOO_LONG_MESSAGE}. At the
     * end of input or an empty line it prints {@code bye} and returns {@code null}: time to stop.
     */
    String nextToSend() throws IOException {
        while (true) {
            System.out.print(">>: ");
            Line line = next();
            if (line == null || line.text().isEmpty()) {
                System.out.println();
                System.out.println("bye");
                return null;
            }
            if (!line.tooLong()) {
                return line.text();
            }
            System.out.println(TOO_LONG_MESSAGE);
        }
    }
}

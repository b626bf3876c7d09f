package course.ch04.s12_socket_server;

import course.kit.LineReader;

import java.io.IOException;
import java.io.InputStream;

/**
 * §4.12 socketserver — the prompt of {@link TcpClient} and {@link UdpClient}, the original's
 * {@code msg = input('>>: ').strip()} followed by {@code if not msg: break}: the lines they read
 * from standard input, stripped, each at most {@value #MAX_LINE_CHARS} characters long
 * ({@link LineReader}: a longer line is never held whole, only marked too long).
 *
 * <p>{@link String#strip()} and Python's {@code str.strip()} remove the same ASCII white space
 * (spaces, tabs, {@code \r} and the rest); Python also strips the no-break spaces U+00A0,
 * U+2007 and U+202F and the next-line character U+0085, which Java's {@code strip()} keeps.
 */
final class Keyboard {

    static final int MAX_LINE_CHARS = 8192;

    /** What a client prints instead of a reply when a line was too long to send. */
    static final String TOO_LONG_MESSAGE = "line longer than " + MAX_LINE_CHARS + " characters: not sent";

    private final LineReader in;

    Keyboard(InputStream in) {
        this.in = new LineReader(in, MAX_LINE_CHARS);
    }

    /**
     * The clients' prompt, Python's {@code msg = input('>>: ').strip()}: prints {@code >>: } and
     * returns the next line to send, stripped. A line too long to send is skipped with
     * {@link #TOO_LONG_MESSAGE}. At the end of input, or a line that is empty once stripped, it
     * prints {@code bye} and returns {@code null}: time to stop, as the original's {@code break}.
     */
    String nextToSend() throws IOException {
        while (true) {
            System.out.print(">>: ");
            LineReader.Line line = in.next();
            String text = line == null ? "" : line.text().strip();
            if (text.isEmpty()) {
                System.out.println();
                System.out.println("bye");
                return null;
            }
            if (!line.cut()) {
                return text;
            }
            System.out.println(TOO_LONG_MESSAGE);
        }
    }
}

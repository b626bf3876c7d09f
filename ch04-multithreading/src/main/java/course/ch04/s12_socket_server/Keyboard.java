package course.ch04.s12_socket_server;

import course.kit.LineReader;

import java.io.IOException;
import java.io.InputStream;

/**
 * §4.12 socketserver — the prompt of {@link TcpClient} and {@link UdpClient}: the lines they read
 * from standard input, each at most {@value #MAX_LINE_CHARS} characters long ({@link LineReader}:
 * a longer line is never held whole, only marked too long).
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
     * The clients' prompt, Python's {@code msg = input('>>: ')}: prints {@code >>: } and returns the
     * next line to send. A line too long to send is skipped with {@link #TOO_LONG_MESSAGE}. At the
     * end of input or an empty line it prints {@code bye} and returns {@code null}: time to stop.
     */
    String nextToSend() throws IOException {
        while (true) {
            System.out.print(">>: ");
            LineReader.Line line = in.next();
            if (line == null || line.text().isEmpty()) {
                System.out.println();
                System.out.println("bye");
                return null;
            }
            if (!line.cut()) {
                return line.text();
            }
            System.out.println(TOO_LONG_MESSAGE);
        }
    }
}

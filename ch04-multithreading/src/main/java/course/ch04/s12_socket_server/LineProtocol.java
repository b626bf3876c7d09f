package course.ch04.s12_socket_server;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * §4.12 socketserver — what every server of this section does with one client: read a line,
 * send it back upper-cased.
 *
 * <p>The Python handler calls {@code recv(1024)} and upper-cases whatever bytes arrived. But TCP
 * is a stream, not a series of messages: one {@code recv} can return half a message or two
 * messages glued together. So the Java servers frame messages as lines (ending in {@code \n})
 * and keep the original's 1024 as a limit, so that no client can make a server buffer without
 * end:
 * <ul>
 *   <li>a line of more than {@value #MAX_LINE_BYTES} bytes gets {@value #TOO_LONG} and the
 *       connection is closed (the server itself goes on);</li>
 *   <li>bytes that are not UTF-8 get {@value #NOT_UTF8}, and the connection goes on;</li>
 *   <li>a client that vanishes (even with a reset in the middle of a line) ends only its own
 *       handler.</li>
 * </ul>
 */
public final class LineProtocol {

    public static final int MAX_LINE_BYTES = 1024;
    public static final String TOO_LONG = "ERROR line longer than 1024 bytes";
    public static final String NOT_UTF8 = "ERROR not UTF-8 text";

    /** Thrown by {@link #readLine} when a line does not end within the limit. */
    static final class LineTooLongException extends IOException {
        LineTooLongException() {
            super(TOO_LONG);
        }
    }

    private LineProtocol() {
    }

    /** The reply to one message: its text upper-cased, or an error if it is not UTF-8. */
    public static String reply(byte[] message) {
        try {
            // newDecoder() reports malformed input; new String(bytes, UTF_8) would silently
            // turn it into U+FFFD and we would never know.
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(message)).toString();
            return text.toUpperCase(Locale.ROOT);   // ROOT: the same result on every machine
        } catch (CharacterCodingException e) {
            return NOT_UTF8;
        }
    }

    /**
     * Reads one line (without its {@code \n} or {@code \r\n}); {@code null} at end of stream.
     * Never holds more than {@value #MAX_LINE_BYTES} bytes.
     */
    static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b == -1) {
                return line.size() == 0 ? null : line.toByteArray();   // last line without \n
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return Arrays.copyOf(bytes, length);
            }
            if (line.size() == MAX_LINE_BYTES) {
                throw new LineTooLongException();
            }
            line.write(b);
        }
    }

    static void send(OutputStream out, String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Serves one client until it leaves, breaks the rules, or the server closes the socket. */
    public static void serve(Socket socket, Consumer<String> log) {
        String peer = String.valueOf(socket.getRemoteSocketAddress());
        log.accept("connected: " + peer);
        try (socket;
             InputStream in = new BufferedInputStream(socket.getInputStream());
             OutputStream out = new BufferedOutputStream(socket.getOutputStream())) {
            try {
                while (true) {
                    byte[] line;
                    try {
                        line = readLine(in);
                    } catch (LineTooLongException e) {
                        send(out, TOO_LONG);
                        log.accept("line too long, closing: " + peer);
                        lingeringClose(socket, in);
                        return;
                    }
                    if (line == null) {
                        log.accept("disconnected: " + peer);
                        return;
                    }
                    send(out, reply(line));
                }
            } catch (IOException e) {
                // Still inside the try-with-resources: the socket is closed here only if the
                // server's close() did it.
                log.accept((socket.isClosed() ? "closed by the server: " : "ended abruptly: ")
                        + peer + " (" + e.getMessage() + ")");
            }
        } catch (IOException e) {
            log.accept("could not close the connection to " + peer + ": " + e.getMessage());
        }
    }

    /**
     * Closing a socket with unread input makes TCP send a reset, which may destroy the error
     * line we just sent before the client reads it. So: send end-of-stream, then read and drop
     * what the client still sends (bounded in bytes and time), then close.
     */
    private static void lingeringClose(Socket socket, InputStream in) {
        byte[] sink = new byte[8192];
        long dropped = 0;
        try {
            socket.shutdownOutput();
            socket.setSoTimeout(1000);
            int n;
            while (dropped < 1 << 20 && (n = in.read(sink)) != -1) {
                dropped += n;
            }
        } catch (IOException e) {
            // a timeout, a reset, or close() of the server: we were closing anyway
        }
    }
}

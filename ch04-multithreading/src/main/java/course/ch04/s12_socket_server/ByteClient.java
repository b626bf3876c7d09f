package course.ch04.s12_socket_server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * §4.12 socketserver — one TCP connection to an upper-casing server, as the course's clients use
 * it: send a message's bytes (no newline: the original sends none), then read back exactly as
 * many bytes. Used by {@link TcpClient}, {@link SocketServerTour}, {@link OutOfStepReplies} and
 * the tests.
 *
 * <p>Why "exactly as many": TCP delivers a stream, not messages, so one read may return part of
 * a reply, or the end of one reply and the start of the next. The original's client reads once,
 * {@code recv(1024)}, and goes out of step as soon as a reply is longer than that
 * ({@link OutOfStepReplies} shows it). Here the framing comes from the protocol itself:
 * {@code bytes.upper()} keeps the length, so the reply to n bytes is n bytes.
 */
public final class ByteClient implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private ByteClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** Connects to 127.0.0.1:{@code port}; every later read waits at most {@code timeout}. */
    public static ByteClient connect(int port, Duration timeout) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());   // a missing reply is an error, not a hang
            return new ByteClient(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Sends raw bytes (they may be anything, even not UTF-8). */
    public void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /**
     * Exactly {@code length} bytes from the server, or fewer if it ends the connection first
     * (so an empty array: it had already gone).
     */
    public byte[] receive(int length) throws IOException {
        return in.readNBytes(length);
    }

    /** One read of at most {@code max} bytes, as Python's {@code recv(max)}: whatever has arrived; empty at end of stream. */
    public byte[] recv(int max) throws IOException {
        byte[] buffer = new byte[max];
        int n = in.read(buffer);
        return n == -1 ? new byte[0] : Arrays.copyOf(buffer, n);
    }

    /**
     * Sends {@code message} as UTF-8 and returns the reply, decoded; {@code null} if the server
     * ended the connection before the whole reply came.
     */
    public String ask(String message) throws IOException {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        send(bytes);
        byte[] reply = receive(bytes.length);
        return reply.length < bytes.length ? null : new String(reply, StandardCharsets.UTF_8);
    }

    /** The underlying socket, for tests that misbehave on purpose (reset, half-close). */
    public Socket socket() {
        return socket;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

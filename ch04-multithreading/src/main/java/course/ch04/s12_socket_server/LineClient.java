package course.ch04.s12_socket_server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * §4.12 socketserver — one TCP connection to a line server: send a line, read the reply line.
 * Used by {@link TcpClient}, {@link SocketServerTour} and the tests.
 */
public final class LineClient implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    private LineClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        this.out = socket.getOutputStream();
    }

    /** Connects to 127.0.0.1:{@code port}; every later read waits at most {@code timeout}. */
    public static LineClient connect(int port, Duration timeout) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());   // a missing reply is an error, not a hang
            return new LineClient(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Sends raw bytes (they may be anything, even not UTF-8). */
    public void sendBytes(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Sends {@code line} and a newline, and returns the reply line; {@code null} if the server hung up. */
    public String ask(String line) throws IOException {
        sendBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
        return readLine();
    }

    /** The next line from the server; {@code null} at end of stream. */
    public String readLine() throws IOException {
        return in.readLine();
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

package course.ch04.s12_socket_server;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * §4.12 socketserver — the TCP client: read a line from the keyboard, send it, print the reply.
 *
 * <p><b>The Python original</b> connects to the server, then loops: {@code input('>>: ').strip()},
 * stop on an empty line, {@code send} the text (no newline), {@code recv(1024)}, print. This client
 * sends the same bytes, so it works with the original server too, and stops the same way (and at
 * the end of input, Ctrl-D). It reads the reply differently: not one {@code recv(1024)}, which
 * returns only part of a reply longer than 1024 bytes, but exactly as many bytes as it sent
 * ({@link ByteClient}; {@link OutOfStepReplies} shows why).
 *
 * <p>Its only argument is the server's port (1..65535, default 8080, the original's); anything
 * else gets a usage line and exit code 2. No server on that port, or no reply within 10 s: one line
 * on stderr and exit code 1. A typed line longer than {@value Keyboard#MAX_LINE_CHARS} characters
 * is not sent (and never held in memory whole, see {@link Keyboard}).
 *
 * <p><b>Run:</b> with {@link ThreadingTcpServer} or {@link VirtualThreadTcpServer} listening (or the
 * original's server, {@code python3 docs/original/s4_12_tcp_server.py}),
 * <pre>
 * java -cp ch04-multithreading/target/classes:kit/course-kit/target/classes course.ch04.s12_socket_server.TcpClient
 * </pre>
 * <p><b>Expected</b> (typing {@code hello}, {@code  straße }, then an empty line):
 * <pre>
 * &gt;&gt;: HELLO
 * &gt;&gt;: STRAßE
 * &gt;&gt;:
 * bye
 * </pre>
 */
public final class TcpClient {

    static final Duration REPLY_TIMEOUT = Duration.ofSeconds(10);

    private TcpClient() {
    }

    public static void main(String[] args) {
        int port = CommandLine.portOrExit(args, "TcpClient", 1);
        Keyboard keyboard = new Keyboard(System.in);
        try (ByteClient server = ByteClient.connect(port, REPLY_TIMEOUT)) {
            String text;
            while ((text = keyboard.nextToSend()) != null) {   // null: end of input, or an empty line
                String reply;
                try {
                    reply = server.ask(text);
                } catch (SocketException e) {     // the server hung up and the OS sent a reset
                    reply = null;
                }
                if (reply == null) {
                    System.out.println("the server closed the connection");
                    return;
                }
                System.out.println(reply);
            }
        } catch (ConnectException e) {
            CommandLine.fail("cannot connect to 127.0.0.1:" + port + ": " + e.getMessage() + " (is a server running there?)");
        } catch (SocketTimeoutException e) {
            CommandLine.fail("no reply within " + REPLY_TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            CommandLine.fail("TcpClient: " + e);
        }
    }
}

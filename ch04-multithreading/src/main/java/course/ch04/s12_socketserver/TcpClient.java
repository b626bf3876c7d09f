package course.ch04.s12_socketserver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * §4.12 socketserver — the TCP client: read a line from the keyboard, send it, print the reply.
 *
 * <p><b>The Python original</b> connects to the server, then loops: {@code input('>>: ')}, stop on
 * an empty line, {@code send}, {@code recv(1024)}, print. Here lines end in {@code \n} (see
 * {@link LineProtocol}), and end of input (Ctrl-D) stops it too.
 *
 * <p><b>Run</b> (with {@link ThreadingTcpServer} or {@link VirtualThreadTcpServer} listening):
 * <pre>
 * java -cp ch04-multithreading/target/classes course.ch04.s12_socketserver.TcpClient 8000
 * </pre>
 * <b>Expected</b> (typing {@code hello}, {@code world}, then an empty line):
 * <pre>
 * &gt;&gt;: HELLO
 * &gt;&gt;: WORLD
 * &gt;&gt;:
 * bye
 * </pre>
 */
public final class TcpClient {

    static final Duration REPLY_TIMEOUT = Duration.ofSeconds(10);

    private TcpClient() {
    }

    public static void main(String[] args) throws IOException {
        int port = CommandLine.portOrExit(args, "TcpClient", 1);
        BufferedReader keyboard = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (LineClient server = LineClient.connect(port, REPLY_TIMEOUT)) {
            while (true) {
                System.out.print(">>: ");
                String line = keyboard.readLine();
                if (line == null || line.isEmpty()) {   // end of input, or an empty line: stop
                    System.out.println();
                    System.out.println("bye");
                    return;
                }
                String reply;
                try {
                    reply = server.ask(line);
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
            System.err.println("cannot connect to 127.0.0.1:" + port + ": " + e.getMessage());
            System.exit(1);
        } catch (SocketTimeoutException e) {
            System.err.println("no reply within " + REPLY_TIMEOUT.toSeconds() + " s");
            System.exit(1);
        }
    }
}

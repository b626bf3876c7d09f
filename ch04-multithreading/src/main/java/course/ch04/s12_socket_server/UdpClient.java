package course.ch04.s12_socket_server;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * §4.12 socketserver — the UDP client: each line typed is sent as one datagram, and the reply
 * datagram is printed.
 *
 * <p><b>The Python original</b> loops: {@code input('>>: ').strip()}, stop on an empty line,
 * {@code sendto(msg, server_address)}, {@code recvfrom(1024)}, print. This client sends the same
 * datagrams, so it works with the original server too; it takes a reply of any size (the
 * original's {@code recvfrom(1024)} drops all but the first 1024 bytes). UDP promises nothing: a
 * datagram can be lost, so this client waits at most 2 s for each reply; after
 * {@value #MAX_UNANSWERED} unanswered datagrams in a row it stops.
 *
 * <p>Its only argument is the server's port (1..65535, default 8080, the original's); anything else gets a usage
 * line and exit code 2. No server there: one line on stderr and exit code 1 after the first
 * datagram (at once where the OS reports the port unreachable, as Linux does on loopback). A typed line longer than
 * {@value Keyboard#MAX_LINE_CHARS} characters is not sent (see {@link Keyboard}).
 *
 * <p><b>Run:</b> with {@link UdpServer} listening (or the original's,
 * {@code python3 docs/original/s4_12_udp_server.py}),
 * <pre>
 * java -cp ch04-multithreading/target/classes:kit/course-kit/target/classes course.ch04.s12_socket_server.UdpClient
 * </pre>
 * <p><b>Expected</b> (typing {@code hello}, {@code  straße }, then an empty line): {@code >>: HELLO},
 * {@code >>: STRAßE}, {@code >>:}, {@code bye}.
 */
public final class UdpClient {

    static final Duration REPLY_TIMEOUT = Duration.ofSeconds(2);
    /** Unanswered datagrams in a row after which the client stops: nobody seems to be there. */
    static final int MAX_UNANSWERED = 3;

    private UdpClient() {
    }

    public static void main(String[] args) {
        int port = CommandLine.portOrExit(args, "UdpClient", 1);
        InetSocketAddress server = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        Keyboard keyboard = new Keyboard(System.in);
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            socket.setSoTimeout((int) REPLY_TIMEOUT.toMillis());
            // connect(): only the server's datagrams are received, and if the OS learns that
            // nothing listens on that port, receive() says so (PortUnreachableException).
            socket.connect(server);
            byte[] buffer = new byte[65_535];                 // large enough for any datagram
            int unanswered = 0;
            String text;
            while ((text = keyboard.nextToSend()) != null) {   // null: end of input, or an empty line
                byte[] message = text.getBytes(StandardCharsets.UTF_8);   // at most 3 x 8192 bytes: fits a datagram
                socket.send(new DatagramPacket(message, message.length, server));
                DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(reply);
                    unanswered = 0;
                    System.out.println(new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8));
                } catch (SocketTimeoutException e) {
                    System.out.println("no reply within " + REPLY_TIMEOUT.toSeconds() + " s (lost, or no server on port " + port + ")");
                    if (++unanswered == MAX_UNANSWERED) {
                        CommandLine.fail("no reply to " + MAX_UNANSWERED + " datagrams in a row: is a UDP server running on 127.0.0.1:" + port + "?");
                    }
                }
            }
        } catch (PortUnreachableException e) {
            CommandLine.fail("no UDP server on 127.0.0.1:" + port + " (the port is unreachable)");
        } catch (IOException e) {
            CommandLine.fail("UdpClient: " + e);
        }
    }
}

package course.ch04.s12_socketserver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * §4.12 socketserver — the UDP client: each line typed is sent as one datagram, and the reply
 * datagram is printed.
 *
 * <p><b>The Python original</b> loops: {@code input('>>: ')}, stop on an empty line,
 * {@code sendto(msg, server_address)}, {@code recvfrom(1024)}, print. UDP promises nothing: a
 * datagram can be lost, so this client waits at most 2 s for each reply.
 *
 * <p><b>Run</b> (with {@link UdpServer} listening):
 * <pre>
 * java -cp ch04-multithreading/target/classes course.ch04.s12_socketserver.UdpClient 8000
 * </pre>
 * <b>Expected</b> (typing {@code hello}, then an empty line): {@code >>: HELLO}, {@code >>:},
 * {@code bye}.
 */
public final class UdpClient {

    static final Duration REPLY_TIMEOUT = Duration.ofSeconds(2);

    private UdpClient() {
    }

    public static void main(String[] args) throws IOException {
        int port = CommandLine.portOrExit(args, "UdpClient", 1);
        InetSocketAddress server = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        BufferedReader keyboard = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            socket.setSoTimeout((int) REPLY_TIMEOUT.toMillis());
            byte[] buffer = new byte[65_535];                 // large enough for any datagram
            while (true) {
                System.out.print(">>: ");
                String line = keyboard.readLine();
                if (line == null || line.isEmpty()) {
                    System.out.println();
                    System.out.println("bye");
                    return;
                }
                byte[] message = line.getBytes(StandardCharsets.UTF_8);
                socket.send(new DatagramPacket(message, message.length, server));
                DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(reply);
                    System.out.println(new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8));
                } catch (SocketTimeoutException e) {
                    System.out.println("no reply within " + REPLY_TIMEOUT.toSeconds() + " s (lost, or no server on port " + port + ")");
                }
            }
        }
    }
}

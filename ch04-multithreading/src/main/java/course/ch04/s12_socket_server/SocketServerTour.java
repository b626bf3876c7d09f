package course.ch04.s12_socket_server;

import course.kit.Usage;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * §4.12 socketserver — the three servers of this section, each started, talked to and closed in
 * one program, so that the section runs from the launcher without a second terminal.
 *
 * <p><b>The Python original</b> shows a {@code ThreadingTCPServer} and a
 * {@code ThreadingUDPServer} whose handlers answer with the upper-cased message, and a client for
 * each. Here each server listens on 127.0.0.1 at a port the system picks (port 0); a client sends
 * a few lines, including an oversized one; then the server is closed and we count its threads
 * that are still alive (none). The server's own log is printed after it has closed.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.12}.
 * To run a server and a client yourself, see {@link ThreadingTcpServer}, {@link VirtualThreadTcpServer},
 * {@link UdpServer}, {@link TcpClient} and {@link UdpClient}.
 *
 * <p><b>Expected</b> (one run: every line is the same in every run but the {@code [server]} lines,
 * which name the client's port, and whose order, and whether a handler saw its client leave
 * ({@code disconnected}) before the server closed it ({@code closed by the server}), depend on the
 * scheduler):
 * <pre>
 * TCP, a platform thread per connection:
 *   hello -&gt; HELLO
 *   socketserver in Java -&gt; SOCKETSERVER IN JAVA
 *   straße -&gt; STRASSE
 *   a line of 1025 bytes -&gt; ERROR line longer than 1024 bytes, then the server hangs up
 *   closed; threads of the server still alive: 0
 *   [server] connected: /127.0.0.1:55052
 *   [server] connected: /127.0.0.1:55068
 *   [server] disconnected: /127.0.0.1:55052
 *   [server] line too long, closing: /127.0.0.1:55068
 * TCP, a virtual thread per connection (ExecutorService):
 *   hello -&gt; HELLO
 *   socketserver in Java -&gt; SOCKETSERVER IN JAVA
 *   straße -&gt; STRASSE
 *   a line of 1025 bytes -&gt; ERROR line longer than 1024 bytes, then the server hangs up
 *   closed; threads of the server still alive: 0
 *   [server] connected: /127.0.0.1:56170
 *   [server] disconnected: /127.0.0.1:56170
 *   [server] connected: /127.0.0.1:56184
 *   [server] line too long, closing: /127.0.0.1:56184
 * UDP, a virtual thread per datagram:
 *   hello -&gt; HELLO
 *   socketserver in Java -&gt; SOCKETSERVER IN JAVA
 *   straße -&gt; STRASSE
 *   a datagram of 1025 bytes -&gt; ERROR datagram longer than 1024 bytes
 *   closed; threads of the server still alive: 0
 * </pre>
 */
public final class SocketServerTour {

    static final List<String> MESSAGES = List.of("hello", "socketserver in Java", "straße");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private SocketServerTour() {
    }

    static void tcp(String title, UpperCaseTcpServer.Handling handling) throws IOException {
        System.out.println(title);
        Queue<String> serverLog = new ConcurrentLinkedQueue<>();
        try (UpperCaseTcpServer server = UpperCaseTcpServer.start(0, handling, serverLog::add)) {
            try (LineClient client = LineClient.connect(server.port(), TIMEOUT)) {
                for (String message : MESSAGES) {
                    System.out.println("  " + message + " -> " + client.ask(message));
                }
            }
            try (LineClient client = LineClient.connect(server.port(), TIMEOUT)) {
                String reply = client.ask("x".repeat(LineProtocol.MAX_LINE_BYTES + 1));
                String after = client.readLine();          // null: the server has hung up
                System.out.println("  a line of 1025 bytes -> " + reply
                        + (after == null ? ", then the server hangs up" : ", and the connection stays open"));
            }
            server.close();
            System.out.println("  closed; threads of the server still alive: " + server.liveThreads());
        }
        serverLog.forEach(line -> System.out.println("  [server] " + line));
    }

    static void udp(String title) throws IOException {
        System.out.println(title);
        try (UpperCaseUdpServer server = UpperCaseUdpServer.start(0, line -> { });
             DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port());
            for (String message : MESSAGES) {
                System.out.println("  " + message + " -> " + exchange(socket, address, message.getBytes(StandardCharsets.UTF_8)));
            }
            byte[] tooLong = "x".repeat(LineProtocol.MAX_LINE_BYTES + 1).getBytes(StandardCharsets.UTF_8);
            System.out.println("  a datagram of 1025 bytes -> " + exchange(socket, address, tooLong));
            server.close();
            System.out.println("  closed; threads of the server still alive: " + server.liveThreads());
        }
    }

    private static String exchange(DatagramSocket socket, InetSocketAddress server, byte[] message) throws IOException {
        socket.send(new DatagramPacket(message, message.length, server));
        DatagramPacket reply = new DatagramPacket(new byte[65_535], 65_535);
        socket.receive(reply);
        return new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws IOException {
        Usage.noArguments(args, SocketServerTour.class);
        tcp("TCP, a platform thread per connection:", UpperCaseTcpServer.Handling.PLATFORM_THREAD_PER_CONNECTION);
        tcp("TCP, a virtual thread per connection (ExecutorService):", UpperCaseTcpServer.Handling.VIRTUAL_THREAD_EXECUTOR);
        udp("UDP, a virtual thread per datagram:");
    }
}

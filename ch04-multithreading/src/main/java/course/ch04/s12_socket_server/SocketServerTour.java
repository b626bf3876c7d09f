package course.ch04.s12_socket_server;

import course.kit.PythonBytes;
import course.kit.Usage;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * §4.12 socketserver — the three servers of this section, each started, talked to and closed in
 * one program, so that the section runs from the launcher without a second terminal.
 *
 * <p><b>The Python original</b> shows a {@code ThreadingTCPServer} and a
 * {@code ThreadingUDPServer} whose handlers answer with {@code data.upper()}, and a client for
 * each. The servers here answer the same bytes: no newline is needed, and {@code bytes.upper()}
 * changes only the ASCII letters, so "straße" comes back as "STRAßE" (not "STRASSE", which
 * Java's {@code toUpperCase} would make of it). Each server listens on 127.0.0.1 at a port the
 * system picks (port 0); a client sends a few messages, one of them longer than 1024 bytes; then
 * the server is closed and we count its threads that are still alive (none). The TCP server's own
 * log is printed after it has closed.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.12}.
 * To run a server and a client yourself, see {@link ThreadingTcpServer}, {@link VirtualThreadTcpServer},
 * {@link UdpServer}, {@link TcpClient} and {@link UdpClient}; the original's own programs are in
 * {@code docs/original/}, and work with these.
 *
 * <p><b>Expected</b> (one run: every line is the same in every run but the {@code [server]} lines,
 * which name the client's port, and whether the handler saw its client leave
 * ({@code disconnected}) before the server closed it ({@code closed by the server}), which
 * depends on the scheduler):
 * <pre>
 * TCP, a platform thread per connection:
 *   hello -&gt; HELLO
 *   socketserver in Java -&gt; SOCKETSERVER IN JAVA
 *   straße 中文 -&gt; STRAßE 中文
 *   a message of 3000 bytes -&gt; 3000 bytes back, upper-cased
 *   closed; threads of the server still alive: 0
 *   [server] connected: /127.0.0.1:55052
 *   [server] disconnected: /127.0.0.1:55052
 * TCP, a virtual thread per connection (ExecutorService):
 *   hello -&gt; HELLO
 *   socketserver in Java -&gt; SOCKETSERVER IN JAVA
 *   straße 中文 -&gt; STRAßE 中文
 *   a message of 3000 bytes -&gt; 3000 bytes back, upper-cased
 *   closed; threads of the server still alive: 0
 *   [server] connected: /127.0.0.1:56170
 *   [server] disconnected: /127.0.0.1:56170
 * UDP, a virtual thread per datagram:
 *   hello -&gt; HELLO
 *   socketserver in Java -&gt; SOCKETSERVER IN JAVA
 *   straße 中文 -&gt; STRAßE 中文
 *   a datagram of 9000 bytes -&gt; 8192 bytes back, upper-cased (socketserver reads at most 8192)
 *   closed; threads of the server still alive: 0
 * </pre>
 */
public final class SocketServerTour {

    static final List<String> MESSAGES = List.of("hello", "socketserver in Java", "straße 中文");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private SocketServerTour() {
    }

    static void tcp(String title, UpperCaseTcpServer.Handling handling) throws IOException {
        System.out.println(title);
        Queue<String> serverLog = new ConcurrentLinkedQueue<>();
        try (UpperCaseTcpServer server = UpperCaseTcpServer.start(0, handling, serverLog::add)) {
            try (ByteClient client = ByteClient.connect(server.port(), TIMEOUT)) {
                for (String message : MESSAGES) {
                    System.out.println("  " + message + " -> " + client.ask(message));
                }
                byte[] long3000 = "abc".repeat(1000).getBytes(StandardCharsets.US_ASCII);
                client.send(long3000);
                byte[] reply = client.receive(long3000.length);   // more than one recv(1024) could hold
                System.out.println("  a message of 3000 bytes -> " + reply.length + " bytes back"
                        + (Arrays.equals(reply, PythonBytes.upper(long3000)) ? ", upper-cased" : ", WRONG"));
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
                byte[] reply = exchange(socket, address, message.getBytes(StandardCharsets.UTF_8));
                System.out.println("  " + message + " -> " + new String(reply, StandardCharsets.UTF_8));
            }
            byte[] big = "xyz".repeat(3000).getBytes(StandardCharsets.US_ASCII);
            byte[] reply = exchange(socket, address, big);
            boolean upperCased = Arrays.equals(reply, PythonBytes.upper(Arrays.copyOf(big, reply.length)));
            System.out.println("  a datagram of 9000 bytes -> " + reply.length + " bytes back"
                    + (upperCased ? ", upper-cased" : ", WRONG") + " (socketserver reads at most "
                    + UpperCaseUdpServer.MAX_PACKET_BYTES + ")");
            server.close();
            System.out.println("  closed; threads of the server still alive: " + server.liveThreads());
        }
    }

    private static byte[] exchange(DatagramSocket socket, InetSocketAddress server, byte[] message) throws IOException {
        socket.send(new DatagramPacket(message, message.length, server));
        DatagramPacket reply = new DatagramPacket(new byte[65_535], 65_535);
        socket.receive(reply);
        return Arrays.copyOf(reply.getData(), reply.getLength());
    }

    public static void main(String[] args) throws IOException {
        Usage.noArguments(args, SocketServerTour.class);
        tcp("TCP, a platform thread per connection:", UpperCaseTcpServer.Handling.PLATFORM_THREAD_PER_CONNECTION);
        tcp("TCP, a virtual thread per connection (ExecutorService):", UpperCaseTcpServer.Handling.VIRTUAL_THREAD_EXECUTOR);
        udp("UDP, a virtual thread per datagram:");
    }
}

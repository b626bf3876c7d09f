package course.ch04.s12_socket_server;

import course.kit.test.OriginalPrograms;
import static course.kit.test.OriginalPrograms.TIMEOUT;
import static course.kit.test.OriginalPrograms.decode;
import static course.kit.test.OriginalPrograms.recv;

import course.kit.PythonBytes;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The original §4.12 programs, for the interop tests: Java re-creations of what each one does on
 * the wire, and the real ones ({@code docs/original/*.py}) run with {@code python3}.
 *
 * <p>The re-creations follow the Python line by line: the clients strip each typed line, stop at
 * an empty one, send the text without a newline and read the reply with one {@code recv(1024)}
 * (TCP) or {@code recvfrom(1024)} (UDP); the TCP server loops {@code recv(1024)},
 * {@code send(data.upper())}; the UDP server answers {@code data.upper()} of what
 * {@code recvfrom(8192)} returns. One deviation: the re-created TCP handler stops at the end of the
 * stream, where the original spins for ever (docs/errata.md) — a client cannot see the difference.
 */
final class Originals {

    private Originals() {
    }

    // ---- the clients, re-created ------------------------------------------------------------

    /** What the original TCP client prints for these typed lines (prompts included, as input() writes them). */
    static String tcpClient(int port, String typed) throws IOException {
        StringBuilder printed = new StringBuilder();
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
            client.setSoTimeout((int) TIMEOUT.toMillis());
            for (String line : typed.lines().toList()) {
                printed.append(">>: ");
                String msg = line.strip();                       // msg = input('>>: ').strip()
                if (msg.isEmpty()) {
                    return printed.toString();                   // if not msg: break
                }
                client.getOutputStream().write(msg.getBytes(StandardCharsets.UTF_8));   // client.send(msg.encode('utf-8'))
                printed.append(decode(recv(client.getInputStream(), 1024))).append('\n');   // print(client.recv(1024).decode('utf-8'))
            }
            printed.append(">>: ");
            throw new IllegalStateException("the original client would raise EOFError here; printed so far: " + printed);
        }
    }

    /** What the original UDP client prints for these typed lines. */
    static String udpClient(int port, String typed) throws IOException {
        StringBuilder printed = new StringBuilder();
        try (DatagramSocket client = new DatagramSocket()) {
            client.setSoTimeout((int) TIMEOUT.toMillis());
            for (String line : typed.lines().toList()) {
                printed.append(">>: ");
                String msg = line.strip();
                if (msg.isEmpty()) {
                    return printed.toString();
                }
                byte[] bytes = msg.getBytes(StandardCharsets.UTF_8);
                client.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), port));   // sendto
                DatagramPacket reply = new DatagramPacket(new byte[1024], 1024);                               // recvfrom(1024)
                client.receive(reply);
                printed.append(decode(Arrays.copyOf(reply.getData(), reply.getLength()))).append('\n');
            }
            throw new IllegalStateException("the original client would raise EOFError here; printed so far: " + printed);
        }
    }

    // ---- the servers, re-created ------------------------------------------------------------

    /** The original UDP server: data.upper() of what recvfrom(8192) returns, sent back to the sender. */
    static final class UdpServer implements AutoCloseable {
        private final DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        private final Thread receiver;

        UdpServer() throws IOException {
            receiver = Thread.ofPlatform().name("original-udp").start(() -> {
                byte[] buffer = new byte[8192];                 // socketserver.UDPServer.max_packet_size
                try {
                    while (true) {
                        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                        socket.receive(packet);
                        byte[] reply = PythonBytes.upper(Arrays.copyOf(packet.getData(), packet.getLength()));
                        socket.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
                    }
                } catch (IOException closed) {
                    // close()
                }
            });
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws InterruptedException {
            socket.close();
            receiver.join();
        }
    }

    /** Waits until a UDP server on {@code port} answers a datagram. */
    static void awaitUdp(int port, OriginalPrograms.Python server) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        try (DatagramSocket probe = new DatagramSocket()) {
            probe.setSoTimeout(100);
            byte[] ping = "ping".getBytes(StandardCharsets.US_ASCII);
            while (true) {
                probe.send(new DatagramPacket(ping, ping.length, InetAddress.getLoopbackAddress(), port));
                try {
                    probe.receive(new DatagramPacket(new byte[16], 16));
                    return;
                } catch (SocketTimeoutException | java.net.PortUnreachableException notYet) {
                    if (!server.process().isAlive()) {
                        throw new AssertionError("the original server ended; stderr: " + server.stderr());
                    }
                    if (System.nanoTime() - deadline > 0) {
                        throw new AssertionError("no UDP answer on port " + port + " after " + TIMEOUT);
                    }
                }
            }
        }
    }

    /** True when the real original programs can run here: python3 on PATH, and docs/original/ present. */
    static boolean canRunOriginals() {
        return OriginalPrograms.canRun("s4_12_tcp_client.py");
    }
}

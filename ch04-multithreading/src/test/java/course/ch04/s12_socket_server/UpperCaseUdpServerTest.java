package course.ch04.s12_socket_server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("§4.12 the upper-casing UDP server")
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class UpperCaseUdpServerTest {

    private UpperCaseUdpServer server;

    @BeforeEach
    void start() throws IOException {
        server = UpperCaseUdpServer.start(0, line -> { });
    }

    @AfterEach
    void close() {
        server.close();
    }

    private static DatagramSocket client() throws IOException {
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        socket.setSoTimeout(10_000);   // one request at a time on loopback: a reply is not lost
        return socket;
    }

    private byte[] exchange(DatagramSocket socket, byte[] message) throws IOException {
        socket.send(new DatagramPacket(message, message.length, server.address()));
        DatagramPacket reply = new DatagramPacket(new byte[65_535], 65_535);
        socket.receive(reply);
        return Arrays.copyOf(reply.getData(), reply.getLength());
    }

    private String exchange(DatagramSocket socket, String message) throws IOException {
        return new String(exchange(socket, message.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("answers each datagram upper-cased, listening on loopback only")
    void upperCases() throws Exception {
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        try (DatagramSocket socket = client()) {
            assertThat(exchange(socket, "hello")).isEqualTo("HELLO");
            assertThat(exchange(socket, "")).isEqualTo("");
            assertThat(exchange(socket, "a".repeat(1024))).isEqualTo("A".repeat(1024));
        }
    }

    @Test
    @DisplayName("bytes that are not UTF-8 come back as bytes.upper() makes them; a datagram over 8192 bytes is answered with its first 8192, as socketserver reads")
    void anyBytes() throws Exception {
        try (DatagramSocket socket = client()) {
            assertThat(exchange(socket, new byte[] {(byte) 0xC3, 0x28, 'a', 0, (byte) 0xFF})).isEqualTo(new byte[] {(byte) 0xC3, 0x28, 'A', 0, (byte) 0xFF});
            assertThat(exchange(socket, "straße 中文")).isEqualTo("STRAßE 中文");
            assertThat(exchange(socket, "a".repeat(8192))).isEqualTo("A".repeat(8192));
            assertThat(exchange(socket, "a".repeat(8193))).isEqualTo("A".repeat(8192));
            assertThat(exchange(socket, "b".repeat(60_000))).isEqualTo("B".repeat(8192));
            assertThat(exchange(socket, "fine")).isEqualTo("FINE");
        }
    }

    @Test
    @DisplayName("20 clients at once, 50 datagrams each: every reply is right")
    void manyClients() throws Exception {
        List<Future<Integer>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < 20; c++) {
                int id = c;
                results.add(pool.submit(() -> {
                    try (DatagramSocket socket = client()) {
                        for (int m = 0; m < 50; m++) {
                            String message = "udp client " + id + " datagram " + m;
                            assertThat(exchange(socket, message)).isEqualTo(message.replace("udp client", "UDP CLIENT").replace("datagram", "DATAGRAM"));
                        }
                        return 50;
                    }
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get(20, TimeUnit.SECONDS)).isEqualTo(50);
            }
        }
    }

    @Test
    @DisplayName("close() ends every server thread")
    void cleanShutdown() throws Exception {
        try (DatagramSocket socket = client()) {
            assertThat(exchange(socket, "before")).isEqualTo("BEFORE");
        }
        server.close();
        assertThat(server.liveThreads()).isZero();
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().startsWith(server.threadPrefix()) && t.isAlive());
    }

    @Test
    @DisplayName("a port outside 0..65535 is rejected")
    void badPort() {
        assertThatThrownBy(() -> UpperCaseUdpServer.start(-1, line -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }
}

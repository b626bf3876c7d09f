package course.ch04.s12_socket_server;

import course.kit.PythonBytes;
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
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The UDP server of §4.12 under abuse: datagrams of random bytes, an empty one, the largest one
 * UDP can carry; each gets the reply the server's Javadoc promises (bytes.upper() of at most the
 * first 8192 bytes), and then a good datagram is answered. Datagrams go one at a time (send, then wait for the reply): UDP may drop what a
 * full receive buffer cannot hold, and these tests must never depend on luck.
 */
@DisplayName("§4.12 the upper-casing UDP server under abuse")
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class UpperCaseUdpServerAbuseTest {

    /** The largest payload of a UDP datagram over IPv4: 65,535 minus the IP and UDP headers. */
    private static final int LARGEST_DATAGRAM = 65_507;

    private UpperCaseUdpServer server;
    private DatagramSocket client;

    @BeforeEach
    void start() throws IOException {
        server = UpperCaseUdpServer.start(0, line -> { });
        client = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client.setSoTimeout(10_000);
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    private byte[] exchange(byte[] message) throws IOException {
        client.send(new DatagramPacket(message, message.length, server.address()));
        DatagramPacket reply = new DatagramPacket(new byte[65_535], 65_535);
        client.receive(reply);
        return Arrays.copyOf(reply.getData(), reply.getLength());
    }

    @Test
    @DisplayName("garbage datagrams, an empty one and the largest one get exactly bytes.upper() of what the server reads; then a good one is answered")
    void garbageThenGood() throws Exception {
        Random random = new Random(20261128);
        for (int i = 0; i < 60; i++) {
            byte[] garbage = new byte[random.nextInt(UpperCaseUdpServer.MAX_PACKET_BYTES + 1)];
            random.nextBytes(garbage);
            assertThat(exchange(garbage)).as("reply to garbage datagram %d", i).isEqualTo(PythonBytes.upper(garbage));
        }
        assertThat(exchange(new byte[0])).as("an empty datagram").isEmpty();
        byte[] largest = new byte[LARGEST_DATAGRAM];
        random.nextBytes(largest);
        assertThat(exchange(largest)).as("the largest datagram there is: its first 8192 bytes, upper-cased")
                .isEqualTo(PythonBytes.upper(Arrays.copyOf(largest, UpperCaseUdpServer.MAX_PACKET_BYTES)));
        assertThat(exchange("good datagram".getBytes(StandardCharsets.UTF_8))).isEqualTo("GOOD DATAGRAM".getBytes(StandardCharsets.UTF_8));
        // Each datagram had a thread of its own; all of them have ended, only the receiver is left.
        await().atMost(Duration.ofSeconds(10)).until(() -> server.liveThreads() == 1);
    }
}

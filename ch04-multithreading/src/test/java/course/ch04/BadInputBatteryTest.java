package course.ch04;

import course.ch04.s12_socket_server.TcpClient;
import course.ch04.s12_socket_server.ThreadingTcpServer;
import course.ch04.s12_socket_server.UdpClient;
import course.ch04.s12_socket_server.UdpServer;
import course.ch04.s12_socket_server.UpperCaseTcpServer;
import course.ch04.s12_socket_server.UpperCaseUdpServer;
import course.ch04.s12_socket_server.VirtualThreadTcpServer;
import course.kit.Chapter;
import course.kit.ChildJvm;
import course.kit.test.BadInputBattery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Chapter 4's bad-input battery: the rules are the kit's ({@link BadInputBattery}); the exemptions are these. */
@DisplayName("Chapter 4 bad-input battery: every main given bad input ends with a usage or error line")
class BadInputBatteryTest extends BadInputBattery {

    private UpperCaseTcpServer tcpServer;
    private UpperCaseUdpServer udpServer;

    @BeforeAll
    void startTestServers() throws IOException {
        tcpServer = UpperCaseTcpServer.start(0, UpperCaseTcpServer.Handling.VIRTUAL_THREAD_EXECUTOR, line -> { });
        udpServer = UpperCaseUdpServer.start(0, line -> { });
    }

    @AfterAll
    void stopTestServers() {
        tcpServer.close();
        udpServer.close();
    }

    @Override
    protected Chapter chapter() {
        return Chapter04.CHAPTER;
    }

    @Override
    protected Map<Class<?>, Exemption> exemptions() {
        return Map.of(
                ThreadingTcpServer.class, Exemption.runsUntilStopped("a server: serves until Ctrl-C"),
                VirtualThreadTcpServer.class, Exemption.runsUntilStopped("a server: serves until Ctrl-C"),
                UdpServer.class, Exemption.runsUntilStopped("a server: serves until Ctrl-C"));
    }

    /**
     * The servers get port 0 (a run never binds the fixed default port); the clients the port of a
     * server of this test (without one, the TCP client stops before it reads stdin, and the UDP
     * client would send to the fixed default port).
     */
    @Override
    protected Map<Class<?>, Supplier<List<String>>> argumentsInsteadOfNone() {
        return Map.of(
                ThreadingTcpServer.class, () -> List.of("0"),
                VirtualThreadTcpServer.class, () -> List.of("0"),
                UdpServer.class, () -> List.of("0"),
                TcpClient.class, () -> List.of(String.valueOf(tcpServer.port())),
                UdpClient.class, () -> List.of(String.valueOf(udpServer.port())));
    }

    @Test
    @DisplayName("a TCP client pointed at a port where nothing listens ends with exit code 1 and one line on stderr")
    void tcpClientWithoutServer() throws Exception {
        // A socket bound to the port but not listening holds it, so a connection is refused.
        try (Socket holder = new Socket()) {
            holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            assertEndsWithOneLine(TcpClient.class, holder.getLocalPort(), "hello\n");
        }
    }

    @Test
    @DisplayName("a UDP client whose datagrams go unanswered ends with exit code 1 and one line on stderr")
    void udpClientWithoutServer() throws Exception {
        int free;
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            free = probe.getLocalPort();
        }
        assertEndsWithOneLine(UdpClient.class, free, "one\ntwo\nthree\n");
    }

    private static void assertEndsWithOneLine(Class<?> client, int port, String stdin) throws Exception {
        Process process = ChildJvm.builder(client, String.valueOf(port)).start();
        try {
            try (var in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s ended; stderr: %s", client.getSimpleName(), err).isTrue();
            assertThat(process.exitValue()).as("exit code; stderr: %s", err).isEqualTo(1);
            assertThat(err.lines().toList()).as("stderr").hasSize(1);
        } finally {
            process.destroyForcibly().waitFor();
        }
    }
}

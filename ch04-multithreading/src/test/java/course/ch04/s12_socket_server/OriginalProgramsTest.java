package course.ch04.s12_socket_server;

import course.kit.test.OriginalPrograms;
import course.ch04.s12_socket_server.UpperCaseTcpServer.Handling;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.Socket;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * §4.12: the original's programs and the course's work together, in both directions — the
 * original clients (which send stripped text without a newline, read one {@code recv(1024)}) with
 * the Java servers, and the Java clients with the original servers. First with Java re-creations
 * of the original programs ({@link Originals}), then with the real ones in {@code docs/original/}
 * run by {@code python3}, when it is on PATH (without it those tests are skipped, and say why: a
 * condition, not an assumption, so that the course's test report counts them as skipped, not failed).
 */
@DisplayName("§4.12 the original's programs work with the course's, both ways")
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OriginalProgramsTest {

    /** Typed into every client: a word, a line with spaces around non-ASCII text, an empty line that ends the client, a line never sent. */
    static final String TYPED = "hello\n  straße 中文 \t\n\nnever sent\n";
    /** What the original clients print for it: bytes.upper() leaves ß and 中文 alone; input() writes the prompts. */
    static final String ORIGINAL_PRINTS = ">>: HELLO\n>>: STRAßE 中文\n>>: ";
    /** What the course's clients print for it. */
    static final List<String> JAVA_PRINTS = List.of(">>: HELLO", ">>: STRAßE 中文", ">>: ", "bye");

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("the original TCP client, re-created, is answered by the Java TCP server: no newline needed, bytes.upper()")
    void originalTcpClientWithJavaServer(Handling handling) throws Exception {
        try (UpperCaseTcpServer server = UpperCaseTcpServer.start(0, handling, line -> { })) {
            assertThat(Originals.tcpClient(server.port(), TYPED)).isEqualTo(ORIGINAL_PRINTS);
        }
    }

    @Test
    @DisplayName("the original UDP client, re-created, is answered by the Java UDP server")
    void originalUdpClientWithJavaServer() throws Exception {
        try (UpperCaseUdpServer server = UpperCaseUdpServer.start(0, line -> { })) {
            assertThat(Originals.udpClient(server.port(), TYPED)).isEqualTo(ORIGINAL_PRINTS);
        }
    }

    @Test
    @DisplayName("the Java TCP client works with the original TCP server, re-created, even for a reply over 1024 bytes")
    void javaTcpClientWithOriginalServer() throws Throwable {
        try (OriginalPrograms.UpperCaseServer server = new OriginalPrograms.UpperCaseServer()) {
            assertThat(DemoRunner.run(TcpClient.class, TYPED, String.valueOf(server.port())).lines()).isEqualTo(JAVA_PRINTS);
            assertThat(DemoRunner.run(TcpClient.class, "x".repeat(3000) + "\n", String.valueOf(server.port())).lines())
                    .containsExactly(">>: " + "X".repeat(3000), ">>: ", "bye");
        }
    }

    @Test
    @DisplayName("the Java UDP client works with the original UDP server, re-created")
    void javaUdpClientWithOriginalServer() throws Throwable {
        try (Originals.UdpServer server = new Originals.UdpServer()) {
            assertThat(DemoRunner.run(UdpClient.class, TYPED, String.valueOf(server.port())).lines()).isEqualTo(JAVA_PRINTS);
        }
    }

    /** The real original programs, run by python3. */
    @Nested
    @EnabledIf(value = "course.ch04.s12_socket_server.Originals#canRunOriginals",
            disabledReason = "python3 is not on PATH (or docs/original/ is missing): the original programs cannot run here")
    @DisplayName("with python3: the real original programs")
    class WithPython {

        @ParameterizedTest(name = "{0}")
        @EnumSource(Handling.class)
        @DisplayName("python3 s4_12_tcp_client.py against the Java TCP server: every reply, and the client ends at the empty line")
        void originalTcpClient(Handling handling, @TempDir Path dir) throws Exception {
            try (UpperCaseTcpServer server = UpperCaseTcpServer.start(0, handling, line -> { });
                 OriginalPrograms.Python client = OriginalPrograms.start("s4_12_tcp_client.py", dir, String.valueOf(server.port()))) {
                assertThat(client.run(TYPED)).as("exit code; stderr: %s", client.stderr()).isZero();
                assertThat(client.stdout()).isEqualTo(ORIGINAL_PRINTS);
            }
        }

        @Test
        @DisplayName("python3 s4_12_udp_client.py against the Java UDP server")
        void originalUdpClient(@TempDir Path dir) throws Exception {
            try (UpperCaseUdpServer server = UpperCaseUdpServer.start(0, line -> { });
                 OriginalPrograms.Python client = OriginalPrograms.start("s4_12_udp_client.py", dir, String.valueOf(server.port()))) {
                assertThat(client.run(TYPED)).as("exit code; stderr: %s", client.stderr()).isZero();
                assertThat(client.stdout()).isEqualTo(ORIGINAL_PRINTS);
            }
        }

        @Test
        @DisplayName("the Java TCP client against python3 s4_12_tcp_server.py, a reply over 1024 bytes included")
        void originalTcpServer(@TempDir Path dir) throws Exception {
            int port = OriginalPrograms.freePort();
            try (OriginalPrograms.Python server = OriginalPrograms.start("s4_12_tcp_server.py", dir, String.valueOf(port));
                 Socket probe = OriginalPrograms.awaitTcp(port, server)) {
                var result = DemoRunner.runInNewJvm(TcpClient.class, TYPED + "", String.valueOf(port));
                assertThat(result.lines()).as("stderr: %s", result.err()).isEqualTo(JAVA_PRINTS);
                var longReply = DemoRunner.runInNewJvm(TcpClient.class, "x".repeat(3000) + "\n", String.valueOf(port));
                assertThat(longReply.lines()).containsExactly(">>: " + "X".repeat(3000), ">>: ", "bye");
            }   // ended at once: the original's handlers of the closed connections spin until then
        }

        @Test
        @DisplayName("the Java UDP client against python3 s4_12_udp_server.py")
        void originalUdpServer(@TempDir Path dir) throws Exception {
            int port = OriginalPrograms.freePort();
            try (OriginalPrograms.Python server = OriginalPrograms.start("s4_12_udp_server.py", dir, String.valueOf(port))) {
                Originals.awaitUdp(port, server);
                var result = DemoRunner.runInNewJvm(UdpClient.class, TYPED, String.valueOf(port));
                assertThat(result.lines()).as("stderr: %s", result.err()).isEqualTo(JAVA_PRINTS);
            }
        }

        @Test
        @DisplayName("the original client and the re-created one print the same for the same input, against the same Java server")
        void reCreationMatchesTheOriginal(@TempDir Path dir) throws Exception {
            String typed = "  one \nTwo words\nstraße ÄÖÜ äöü 中文 ß\n\n";
            try (UpperCaseTcpServer server = UpperCaseTcpServer.start(0, Handling.VIRTUAL_THREAD_EXECUTOR, line -> { });
                 OriginalPrograms.Python client = OriginalPrograms.start("s4_12_tcp_client.py", dir, String.valueOf(server.port()))) {
                assertThat(client.run(typed)).isZero();
                assertThat(client.stdout()).isEqualTo(Originals.tcpClient(server.port(), typed));
            }
        }
    }
}

package course.ch04.s12_socket_server;

import course.kit.ChildJvm;
import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@DisplayName("§4.12 socketserver programs: server and client mains, the tour")
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SocketServerDemosTest {

    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)( \\(UDP\\))?");

    @Test
    @DisplayName("the tour talks to all three servers in the original's bytes and leaves no server thread alive")
    void tour() throws Throwable {
        List<String> lines = DemoRunner.run(SocketServerTour.class, "").lines();
        // Every line but the servers' own logs is the same in every run: as in the header.
        Predicate<String> serverLog = l -> l.startsWith("  [server]");
        List<String> expected = DemoHeader.of(SocketServerTour.class).expected().stream()
                .filter(serverLog.negate()).toList();
        assertThat(expected).as("the header's Expected block, without the server logs").hasSize(18);
        assertThat(lines).filteredOn(serverLog.negate()).containsExactlyElementsOf(expected);
        // The servers' logs: whether a handler saw its client leave before close() ended it
        // depends on the scheduler, so either ending is allowed.
        assertThat(lines).filteredOn(serverLog)
                .allMatch(l -> l.matches("  \\[server] (connected|disconnected|closed by the server)"
                        + ": /127\\.0\\.0\\.1:\\d+( \\(Socket closed\\))?"))
                .filteredOn(l -> l.contains("] connected: ")).hasSize(2);
    }

    @Test
    @DisplayName("OutOfStepReplies: one recv(1024) per message falls out of step; reading as many bytes as were sent does not")
    void outOfStepReplies() throws Throwable {
        assertThat(DemoRunner.run(OutOfStepReplies.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(OutOfStepReplies.class).expected());
    }

    @Test
    @DisplayName("TcpClient strips each typed line, sends it without a newline, prints the whole reply and stops at an empty line")
    void tcpClient() throws Throwable {
        try (var server = UpperCaseTcpServer.start(0, UpperCaseTcpServer.Handling.VIRTUAL_THREAD_EXECUTOR, line -> { })) {
            String port = String.valueOf(server.port());
            assertThat(DemoRunner.run(TcpClient.class, "hello\n  straße \t\n\nnever sent\n", port).lines())
                    .containsExactly(">>: HELLO", ">>: STRAßE", ">>: ", "bye");
            assertThat(DemoRunner.run(TcpClient.class, "end of input\n", port).lines())
                    .containsExactly(">>: END OF INPUT", ">>: ", "bye");
            assertThat(DemoRunner.run(TcpClient.class, "a\n   \nnever sent\n", port).lines())
                    .as("a line of spaces is empty once stripped: the end, as in the original")
                    .containsExactly(">>: A", ">>: ", "bye");
            assertThat(DemoRunner.run(TcpClient.class, "x".repeat(3000) + "\n", port).lines())
                    .as("a reply longer than 1024 bytes comes back whole").containsExactly(">>: " + "X".repeat(3000), ">>: ", "bye");
        }
    }

    @Test
    @DisplayName("UdpClient strips each typed line, sends it as a datagram and prints the reply")
    void udpClient() throws Throwable {
        try (var server = UpperCaseUdpServer.start(0, line -> { })) {
            assertThat(DemoRunner.run(UdpClient.class, "hello\n straße \n\n", String.valueOf(server.port())).lines())
                    .containsExactly(">>: HELLO", ">>: STRAßE", ">>: ", "bye");
        }
    }

    @Test
    @DisplayName("the programs' default port is the original's, 8080")
    void defaultPort() {
        assertThat(CommandLine.DEFAULT_PORT).isEqualTo(8080);
        assertThat(CommandLine.portOrExit(new String[0], "TcpClient", 1)).isEqualTo(8080);
    }

    @Test
    @DisplayName("both clients skip a typed line over 8192 characters without holding it whole, and go on")
    void clientsCapTheirInput() throws Throwable {
        String mib = "x".repeat(1 << 20);
        String input = mib + "\nhello\n" + "y".repeat(Keyboard.MAX_LINE_CHARS) + "\n" + mib;   // the last one without \n
        List<String> expected = List.of(">>: line longer than 8192 characters: not sent", ">>: HELLO",
                ">>: " + "Y".repeat(Keyboard.MAX_LINE_CHARS), ">>: line longer than 8192 characters: not sent", ">>: ", "bye");
        try (var tcp = UpperCaseTcpServer.start(0, UpperCaseTcpServer.Handling.VIRTUAL_THREAD_EXECUTOR, line -> { });
             var udp = UpperCaseUdpServer.start(0, line -> { })) {
            // A line of exactly 8192 characters is sent, and answered in full by both servers.
            assertThat(DemoRunner.run(TcpClient.class, input, String.valueOf(tcp.port())).lines())
                    .containsExactlyElementsOf(expected);
            assertThat(DemoRunner.run(UdpClient.class, input, String.valueOf(udp.port())).lines())
                    .containsExactlyElementsOf(expected);
        }
    }

    /** A PrintStream that keeps what the server program prints, for the test to read. */
    private static final class Output {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        List<String> lines() {
            return bytes.toString(StandardCharsets.UTF_8).lines().toList();   // whole lines: println writes each at once
        }
    }

    private static int listeningPort(List<String> lines) {
        Matcher matcher = LISTENING.matcher(lines.getFirst());
        assertThat(matcher.matches()).as("first line: %s", lines.getFirst()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    @Test
    @DisplayName("the TCP server programs print their port first, then a line per client")
    void tcpServerPrograms() throws Exception {
        for (boolean virtual : new boolean[] {false, true}) {
            Output output = new Output();
            String[] args = {"0"};
            try (UpperCaseTcpServer server = virtual
                    ? VirtualThreadTcpServer.launch(args, output.stream) : ThreadingTcpServer.launch(args, output.stream)) {
                int port = listeningPort(output.lines());
                assertThat(port).isEqualTo(server.port());
                try (ByteClient client = ByteClient.connect(port, Duration.ofSeconds(10))) {
                    assertThat(client.ask("over tcp")).isEqualTo("OVER TCP");
                }
                await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5))
                        .until(() -> output.lines().size() == 3);
            }
            assertThat(output.lines().subList(1, 3)).satisfiesExactly(
                    line -> assertThat(line).startsWith("connected: /127.0.0.1:"),
                    line -> assertThat(line).startsWith("disconnected: /127.0.0.1:"));
        }
    }

    @Test
    @DisplayName("the UDP server program prints its port first, then a line per datagram")
    void udpServerProgram() throws Exception {
        Output output = new Output();
        try (UpperCaseUdpServer server = UdpServer.launch(new String[] {"0"}, output.stream)) {
            int port = listeningPort(output.lines());
            assertThat(port).isEqualTo(server.port());
            assertThat(udpExchange(port, "over udp")).isEqualTo("OVER UDP");
        }
        assertThat(output.lines()).hasSize(2).last().asString().matches("datagram of 8 bytes from /127\\.0\\.0\\.1:\\d+");
    }

    @Test
    @DisplayName("run as a program, the server prints its port, serves, and stops cleanly when terminated")
    void serverProcess(@TempDir Path dir) throws Exception {
        // Output to a file, not a pipe: Process.destroy() closes our end of the pipes.
        Path out = dir.resolve("server.out");
        Process process = ChildJvm.builder(ThreadingTcpServer.class, "0")
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                    .until(() -> Files.readString(out).contains("\n"));
            int port = listeningPort(Files.readAllLines(out));
            try (ByteClient client = ByteClient.connect(port, Duration.ofSeconds(10))) {
                assertThat(client.ask("over tcp")).isEqualTo("OVER TCP");
                process.destroy();                   // SIGTERM: the shutdown hook closes the server...
                assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("the server stopped").isTrue();
                assertThat(client.recv(1)).as("...which disconnects its client").isEmpty();
            }
            assertThat(Files.readAllLines(out)).last().asString().startsWith("closed by the server: /127.0.0.1:");
        } finally {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    private static String udpExchange(int port, String message) throws IOException {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            socket.setSoTimeout(10_000);
            byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), port));
            DatagramPacket reply = new DatagramPacket(new byte[2048], 2048);
            socket.receive(reply);
            return new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("a bad port gets a usage line and exit code 2, from servers and clients alike")
    void usage() throws Exception {
        // Every main reads its port with the same CommandLine code: one server and one client suffice.
        Map<Class<?>, String[]> badPorts = Map.of(ThreadingTcpServer.class, new String[] {"70000"},
                UdpClient.class, new String[] {"1", "2"});
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Map<Class<?>, Future<DemoRunner.Result>> results = new HashMap<>();
            badPorts.forEach((main, port) -> results.put(main, pool.submit(() -> DemoRunner.runInNewJvm(main, "", port))));
            for (var entry : results.entrySet()) {
                DemoRunner.Result result = entry.getValue().get(25, TimeUnit.SECONDS);
                String name = entry.getKey().getSimpleName();
                assertThat(result.exitCode()).as("exit code of %s", name).isEqualTo(2);
                assertThat(result.err().strip()).as("stderr of %s", name).startsWith("usage: " + name + " [PORT]")
                        .doesNotContain("\n");
                assertThat(result.out()).isEmpty();
            }
        }
    }
}

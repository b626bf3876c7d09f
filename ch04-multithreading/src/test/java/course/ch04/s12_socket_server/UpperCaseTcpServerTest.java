package course.ch04.s12_socket_server;

import course.ch04.s12_socket_server.UpperCaseTcpServer.Handling;
import org.junit.jupiter.api.AfterEach;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@DisplayName("§4.12 the upper-casing TCP server, on platform threads and on virtual threads")
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class UpperCaseTcpServerTest {

    /** Awaitility with this class's limit (QuickPolling checks at once and then every 10 ms). */
    private static ConditionFactory soon() {
        return await().atMost(Duration.ofSeconds(10));
    }


    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Queue<String> log = new ConcurrentLinkedQueue<>();
    private UpperCaseTcpServer server;

    private UpperCaseTcpServer start(Handling handling) throws IOException {
        server = UpperCaseTcpServer.start(0, handling, log::add);
        return server;
    }

    private LineClient connect() throws IOException {
        return LineClient.connect(server.port(), TIMEOUT);
    }

    @AfterEach
    void closeServer() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("answers each line upper-cased, listening on loopback only")
    void upperCases(Handling handling) throws Exception {
        start(handling);
        assertThat(server.address().getAddress().isLoopbackAddress()).as("bound to loopback").isTrue();
        try (LineClient client = connect()) {
            assertThat(client.ask("hello")).isEqualTo("HELLO");
            assertThat(client.ask("")).isEqualTo("");
            assertThat(client.ask("straße 中文 ok")).isEqualTo("STRASSE 中文 OK");
            client.sendBytes("windows\r\ntwo\nlines\n".getBytes(StandardCharsets.UTF_8));
            assertThat(List.of(client.readLine(), client.readLine(), client.readLine()))
                    .containsExactly("WINDOWS", "TWO", "LINES");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("a line of 1024 bytes is answered; 1025 bytes get an error and the connection closes; the server lives on")
    void lineLimit(Handling handling) throws Exception {
        start(handling);
        try (LineClient client = connect()) {
            assertThat(client.ask("a".repeat(1024))).isEqualTo("A".repeat(1024));
            assertThat(client.ask("é".repeat(512))).as("the limit counts bytes: 512 × 2").isEqualTo("É".repeat(512));
            assertThat(client.ask("é".repeat(513))).isEqualTo(LineProtocol.TOO_LONG);
            assertThat(client.readLine()).as("end of stream after the error").isNull();
        }
        try (LineClient client = connect()) {
            assertThat(client.ask("b".repeat(50_000))).as("a much longer line").isEqualTo(LineProtocol.TOO_LONG);
            assertThat(client.readLine()).isNull();
        }
        try (LineClient client = connect()) {
            assertThat(client.ask("still here")).isEqualTo("STILL HERE");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("bytes that are not UTF-8 get an error line and the connection goes on")
    void garbage(Handling handling) throws Exception {
        start(handling);
        try (LineClient client = connect()) {
            client.sendBytes(new byte[] {(byte) 0xC3, 0x28, '\n', (byte) 0xFF, (byte) 0xFE, 0, '\n'});
            assertThat(client.readLine()).isEqualTo(LineProtocol.NOT_UTF8);
            assertThat(client.readLine()).isEqualTo(LineProtocol.NOT_UTF8);
            assertThat(client.ask("ok")).isEqualTo("OK");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("a client reset in the middle of a line ends only its own handler")
    void abruptDisconnect(Handling handling) throws Exception {
        start(handling);
        LineClient rude = connect();
        soon().until(() -> server.liveThreads() == 2);   // acceptor + its handler
        rude.sendBytes("half a li".getBytes(StandardCharsets.UTF_8));
        rude.socket().setSoLinger(true, 0);                                 // close() now sends a reset
        rude.close();
        soon().until(() -> server.liveThreads() == 1);
        assertThat(log).anyMatch(line -> line.startsWith("ended abruptly") || line.startsWith("disconnected"));
        try (LineClient client = connect()) {
            assertThat(client.ask("next")).isEqualTo("NEXT");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("a last line without a newline is still answered when the client stops sending")
    void lastLineWithoutNewline(Handling handling) throws Exception {
        start(handling);
        try (LineClient client = connect()) {
            client.sendBytes("last words".getBytes(StandardCharsets.UTF_8));
            client.socket().shutdownOutput();
            assertThat(client.readLine()).isEqualTo("LAST WORDS");
            assertThat(client.readLine()).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("close() disconnects every client, ends every server thread and stops accepting")
    void cleanShutdown(Handling handling) throws Exception {
        start(handling);
        List<LineClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                clients.add(connect());
            }
            assertThat(clients.getFirst().ask("busy")).isEqualTo("BUSY");
            clients.get(1).sendBytes("in the middle of a li".getBytes(StandardCharsets.UTF_8));
            soon().until(() -> server.liveThreads() == 4);

            server.close();

            assertThat(server.liveThreads()).as("threads of the server alive after close()").isZero();
            String prefix = server.threadPrefix();
            assertThat(Thread.getAllStackTraces().keySet())
                    .noneMatch(t -> t.getName().startsWith(prefix) && t.isAlive());
            for (LineClient client : clients) {
                assertThat(endOfStreamOrReset(client)).as("the client sees the connection end").isTrue();
            }
            assertThatThrownBy(this::connect).isInstanceOf(ConnectException.class);
            server.close();                                   // a second close() changes nothing
            assertThat(server.liveThreads()).isZero();
        } finally {
            for (LineClient client : clients) {
                client.close();
            }
        }
    }

    private static boolean endOfStreamOrReset(LineClient client) throws IOException {
        try {
            return client.readLine() == null;
        } catch (SocketException reset) {
            return true;
        }
    }

    @Test
    @DisplayName("a port outside 0..65535 is rejected")
    void badPort() {
        assertThatThrownBy(() -> UpperCaseTcpServer.start(70_000, Handling.VIRTUAL_THREAD_EXECUTOR, log::add))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("70000");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("100 clients connected at once, 20 messages each: every reply is right")
    void hundredClients(Handling handling) throws Exception {
        start(handling);
        // 100 connections served at once is the point; the load figures are in docs/reliability.md.
        int clients = 100;
        int messages = 20;
        CountDownLatch connected = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        long elapsed;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                int id = c;
                results.add(pool.submit(() -> {
                    try (LineClient client = connect()) {
                        connected.countDown();
                        go.await();
                        int right = 0;
                        for (int m = 0; m < messages; m++) {
                            String message = "client " + id + " message " + m + " straße";
                            String reply = client.ask(message);
                            if (!message.toUpperCase(Locale.ROOT).equals(reply)) {
                                throw new AssertionError("client " + id + " sent '" + message + "' and got '" + reply + "'");
                            }
                            right++;
                        }
                        return right;
                    }
                }));
            }
            assertThat(connected.await(20, TimeUnit.SECONDS)).as("all clients connected").isTrue();
            // Every client has its own handler thread before anyone sends: served at the same time.
            soon().until(() -> server.liveThreads() == clients + 1);
            long start = System.nanoTime();
            go.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(20, TimeUnit.SECONDS)).isEqualTo(messages);
            }
            elapsed = System.nanoTime() - start;
        }
        System.out.printf("[§4.12 %s] %d clients x %d messages = %d round trips, all replies right, in %d ms%n",
                handling, clients, messages, clients * messages, TimeUnit.NANOSECONDS.toMillis(elapsed));
    }
}

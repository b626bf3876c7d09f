package course.ch04.s12_socket_server;

import course.kit.PythonBytes;
import course.ch04.s12_socket_server.UpperCaseTcpServer.Handling;
import course.ch04.s12_socket_server.UpperCaseTcpServer.Limits;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        return start(handling, Limits.DEFAULT);
    }

    private UpperCaseTcpServer start(Handling handling, Limits limits) throws IOException {
        server = UpperCaseTcpServer.start(0, handling, log::add, limits);
        return server;
    }

    private ByteClient connect() throws IOException {
        return ByteClient.connect(server.port(), TIMEOUT);
    }

    @AfterEach
    void closeServer() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("answers whatever bytes arrive, no newline needed, upper-cased as bytes.upper(); listens on loopback only")
    void upperCases(Handling handling) throws Exception {
        start(handling);
        assertThat(server.address().getAddress().isLoopbackAddress()).as("bound to loopback").isTrue();
        try (ByteClient client = connect()) {
            assertThat(client.ask("hello")).isEqualTo("HELLO");
            assertThat(client.ask("straße 中文 é ok")).as("only ASCII letters change").isEqualTo("STRAßE 中文 é OK");
            assertThat(client.ask("two\nlines\r\n")).isEqualTo("TWO\nLINES\r\n");
            byte[] everyByte = new byte[256];
            for (int i = 0; i < 256; i++) {
                everyByte[i] = (byte) i;
            }
            client.send(everyByte);
            assertThat(client.receive(256)).as("every byte value but a-z comes back as it went")
                    .isEqualTo(PythonBytes.upper(everyByte));
        }
    }

    @Test
    @DisplayName("PythonBytes.upper changes a-z only, as Python's bytes.upper()")
    void pythonBytesUpper() {
        assertThat(PythonBytes.upper("abc xyz AZ az `{ @[".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ABC XYZ AZ AZ `{ @[".getBytes(StandardCharsets.US_ASCII));
        assertThat(new String(PythonBytes.upper("straße é".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                .isEqualTo("STRAßE é");
        byte[] latin1 = {(byte) 0xE9, (byte) 0xFF, (byte) 0xB5};
        assertThat(PythonBytes.upper(latin1)).as("bytes over 127 are never letters to bytes.upper()").isEqualTo(latin1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("no length limit: a message of 1 MiB comes back whole, and the connection goes on")
    void noLengthLimit(Handling handling) throws Exception {
        start(handling);
        try (ByteClient client = connect()) {
            String mib = "abcdefghij".repeat(1 << 17);
            Future<?> sending;
            try (ExecutorService writer = Executors.newVirtualThreadPerTaskExecutor()) {
                sending = writer.submit(() -> {
                    client.send(mib.getBytes(StandardCharsets.US_ASCII));   // while we read: nobody waits for the other
                    return null;
                });
                assertThat(new String(client.receive(mib.length()), StandardCharsets.US_ASCII)).isEqualTo("ABCDEFGHIJ".repeat(1 << 17));
            }
            sending.get();
            assertThat(client.ask("still here")).isEqualTo("STILL HERE");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("a client reset in the middle of a message ends only its own handler")
    void abruptDisconnect(Handling handling) throws Exception {
        start(handling);
        ByteClient rude = connect();
        soon().until(() -> server.liveThreads() == 2);   // acceptor + its handler
        rude.send("half a mess".getBytes(StandardCharsets.UTF_8));
        rude.socket().setSoLinger(true, 0);                                 // close() now sends a reset
        rude.close();
        soon().until(() -> server.liveThreads() == 1);
        assertThat(log).anyMatch(line -> line.startsWith("ended abruptly") || line.startsWith("disconnected"));
        try (ByteClient client = connect()) {
            assertThat(client.ask("next")).isEqualTo("NEXT");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("a client that stops sending (half-close) gets its reply, then the end of the stream: the handler ends, no spinning")
    void endOfStream(Handling handling) throws Exception {
        start(handling);
        try (ByteClient client = connect()) {
            client.send("last words".getBytes(StandardCharsets.UTF_8));
            client.socket().shutdownOutput();
            assertThat(new String(client.socket().getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("LAST WORDS");
        }
        soon().until(() -> server.liveThreads() == 1);
        assertThat(log).anyMatch(line -> line.startsWith("disconnected: "));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("a connection that moves no byte for the idle limit is closed; one that keeps talking is not")
    void idleConnectionsAreClosed(Handling handling) throws Exception {
        start(handling, new Limits(16, Duration.ofMillis(1500)));
        try (ByteClient silent = connect(); ByteClient talker = connect()) {
            // Talk every 100 ms for 3 s, twice the idle limit: never idle for long, answered every time.
            await("the talker answered every 100 ms for 3 s").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        assertThat(talker.ask("ping")).isEqualTo("PING");   // thrown at once: no retry hides a wrong answer
                        return true;
                    });
            assertThat(silent.recv(1)).as("the silent client's connection was closed: end of stream").isEmpty();
            assertThat(talker.ask("still talking")).isEqualTo("STILL TALKING");
        }
        assertThat(log).filteredOn(line -> line.startsWith("idle for 1500 ms, closing: /127.0.0.1:")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("at most maxConnections are served at once; the next client waits until one leaves")
    void connectionCap(Handling handling) throws Exception {
        start(handling, new Limits(2, Duration.ofMinutes(5)));
        try (ByteClient one = connect(); ByteClient two = connect(); ByteClient three = connect()) {
            assertThat(one.ask("one")).isEqualTo("ONE");
            assertThat(two.ask("two")).isEqualTo("TWO");
            three.send("three".getBytes(StandardCharsets.UTF_8));
            three.socket().setSoTimeout(500);
            assertThatThrownBy(() -> three.recv(5)).as("not served while two are").isInstanceOf(SocketTimeoutException.class);
            assertThat(server.liveThreads()).isEqualTo(3);
            one.close();
            three.socket().setSoTimeout((int) TIMEOUT.toMillis());
            assertThat(new String(three.receive(5), StandardCharsets.UTF_8)).as("served once a place is free").isEqualTo("THREE");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("close() disconnects every client, ends every server thread and stops accepting")
    void cleanShutdown(Handling handling) throws Exception {
        start(handling);
        List<ByteClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                clients.add(connect());
            }
            assertThat(clients.getFirst().ask("busy")).isEqualTo("BUSY");
            clients.get(1).send("in the middle of a mess".getBytes(StandardCharsets.UTF_8));
            soon().until(() -> server.liveThreads() == 4);

            server.close();

            assertThat(server.liveThreads()).as("threads of the server alive after close()").isZero();
            String prefix = server.threadPrefix();
            assertThat(Thread.getAllStackTraces().keySet())
                    .noneMatch(t -> t.getName().startsWith(prefix) && t.isAlive());
            for (ByteClient client : clients) {
                assertThat(endOfStreamOrReset(client)).as("the client sees the connection end").isTrue();
            }
            assertThatThrownBy(this::connect).isInstanceOf(ConnectException.class);
            server.close();                                   // a second close() changes nothing
            assertThat(server.liveThreads()).isZero();
        } finally {
            for (ByteClient client : clients) {
                client.close();
            }
        }
    }

    /** True when the connection has ended: end of stream (after what was still owed), or a reset; a read timeout throws. */
    private static boolean endOfStreamOrReset(ByteClient client) throws IOException {
        try {
            client.socket().getInputStream().readAllBytes();
        } catch (SocketException reset) {
            // a reset is an end too
        }
        return true;
    }

    @Test
    @DisplayName("a port outside 0..65535 and impossible limits are rejected")
    void badArguments() {
        assertThatThrownBy(() -> UpperCaseTcpServer.start(70_000, Handling.VIRTUAL_THREAD_EXECUTOR, log::add))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("70000");
        assertThatThrownBy(() -> new Limits(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limits(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
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
                    try (ByteClient client = connect()) {
                        connected.countDown();
                        go.await();
                        int right = 0;
                        for (int m = 0; m < messages; m++) {
                            String message = "client " + id + " message " + m + " straße";
                            String reply = client.ask(message);
                            String expected = new String(PythonBytes.upper(message.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
                            if (!expected.equals(reply)) {
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

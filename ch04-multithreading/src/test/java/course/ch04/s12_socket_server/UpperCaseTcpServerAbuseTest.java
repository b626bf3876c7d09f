package course.ch04.s12_socket_server;

import course.kit.PythonBytes;
import course.kit.test.Flood;
import course.ch04.s12_socket_server.UpperCaseTcpServer.Handling;
import course.ch04.s12_socket_server.UpperCaseTcpServer.Limits;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The TCP server of §4.12 under abuse, on platform threads and on virtual threads: garbage, a
 * 10 MiB message, a client that sends without reading, half-open connections, 200 clients that
 * connect and vanish. Each time the server goes on serving a well-behaved client (exact replies)
 * and its connection threads end. Once the connections are gone, heap used after a full
 * collection is back within {@value #HEAP_BOUND_MIB} MiB of what it was before: a server that
 * kept something per connection would not be. (While a connection is open it holds a 1 KiB
 * buffer and its kernel buffers: a client that sends without reading is held back by TCP, case 3.)
 */
@DisplayName("§4.12 the upper-casing TCP server under abuse")
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class UpperCaseTcpServerAbuseTest {

    static final int HEAP_BOUND_MIB = 64;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int TEN_MIB = 10 << 20;

    private UpperCaseTcpServer server;

    /** Awaitility with this class's limit (QuickPolling checks at once and then every 10 ms). */
    private static ConditionFactory soon() {
        return await().atMost(TIMEOUT);
    }

    private void start(Handling handling) throws IOException {
        server = UpperCaseTcpServer.start(0, handling, line -> { });
    }

    @AfterEach
    void closeServer() {
        if (server != null) {
            server.close();
        }
    }

    private ByteClient wellBehaved() throws IOException {
        return ByteClient.connect(server.port(), TIMEOUT);
    }

    /** A plain socket, for clients that misbehave. */
    private Socket raw() throws IOException {
        return wellBehaved().socket();
    }

    /** True when the server has ended the connection: end of stream, or a reset. */
    private static boolean endOfStreamOrReset(InputStream in) throws IOException {
        try {
            return in.read() == -1;
        } catch (SocketException reset) {
            return true;
        }
    }

    private static long usedHeapAfterGc() {
        System.gc();   // the tests run with the serial collector: a full collection
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    // --- 1. garbage ------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("garbage bytes (NULs, invalid UTF-8, newlines) come back as bytes.upper() makes them; a well-behaved client is served meanwhile and afterwards")
    void garbage(Handling handling) throws Exception {
        start(handling);
        Random random = new Random(20261128);
        byte[] garbage = new byte[16 * 1024];
        random.nextBytes(garbage);
        try (ByteClient good = wellBehaved()) {
            try (Socket rude = raw()) {
                rude.getOutputStream().write(garbage);
                assertThat(good.ask("meanwhile")).isEqualTo("MEANWHILE");
                assertThat(rude.getInputStream().readNBytes(garbage.length)).isEqualTo(PythonBytes.upper(garbage));
                // Then more garbage, and the client vanishes with a reset without reading the reply.
                byte[] more = new byte[4096];
                random.nextBytes(more);
                rude.getOutputStream().write(more);
                rude.setSoLinger(true, 0);
            }
            soon().until(() -> server.liveThreads() == 2);   // the acceptor and the good client's handler
            assertThat(good.ask("afterwards")).isEqualTo("AFTERWARDS");
        }
    }

    // --- 2. a 10 MiB message ---------------------------------------------------------------

    /** Case 2 itself: 10 MiB of x without a newline, read back while it is sent: all of it, upper-cased. */
    private void tenMebibyteMessage(ByteClient good) throws Exception {
        try (Socket flooder = raw()) {
            Flood.upperCaseEcho(flooder, TEN_MIB, TIMEOUT, () -> assertThat(good.ask("during")).isEqualTo("DURING"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("a 10 MiB message without newline comes back whole, upper-cased; a well-behaved client is served during and after")
    void tenMebibyteMessage(Handling handling) throws Exception {
        start(handling);
        try (ByteClient good = wellBehaved()) {
            tenMebibyteMessage(good);
            soon().until(() -> server.liveThreads() == 2);
            assertThat(good.ask("after")).isEqualTo("AFTER");
        }
    }

    // --- 3. a client that sends and never reads -----------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("a client that sends without reading is held back by TCP (far less than it meant to send gets out), then closed when idle")
    void senderThatNeverReads(Handling handling) throws Exception {
        server = UpperCaseTcpServer.start(0, handling, line -> { }, new Limits(16, Duration.ofSeconds(1)));
        long meant = 256L << 20;
        AtomicLong sent = new AtomicLong();
        try (Socket hog = raw(); ExecutorService writer = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<IOException> writing = writer.submit(() -> {
                byte[] chunk = new byte[64 * 1024];
                try {
                    OutputStream out = hog.getOutputStream();
                    while (sent.get() < meant) {
                        out.write(chunk);
                        sent.addAndGet(chunk.length);
                    }
                    return null;
                } catch (IOException e) {
                    return e;
                }
            });
            try (ByteClient good = wellBehaved()) {
                assertThat(good.ask("meanwhile")).isEqualTo("MEANWHILE");
            }
            assertThat(writing.get(20, TimeUnit.SECONDS)).as("the server closed the stuck connection while we were still sending")
                    .isInstanceOf(IOException.class);
            assertThat(sent.get()).as("bytes that got out before TCP held the client back: kernel buffers, not the heap")
                    .isLessThan(64L << 20);
            soon().until(() -> server.liveThreads() == 1);   // only the acceptor is left
        }
        try (ByteClient good = wellBehaved()) {
            assertThat(good.ask("after")).isEqualTo("AFTER");
        }
    }

    // --- 4. half-open connections ----------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("half a message and then shutdownOutput: the part sent is answered, and the server closes its side")
    void halfMessageThenShutdownOutput(Handling handling) throws Exception {
        start(handling);
        try (Socket client = raw()) {
            client.getOutputStream().write("half a mess".getBytes(StandardCharsets.UTF_8));
            client.shutdownOutput();
            assertThat(new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .as("the reply, then end of stream within %s", TIMEOUT).isEqualTo("HALF A MESS");
        }
        soon().until(() -> server.liveThreads() == 1);   // only the acceptor is left
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("a client that connects and sends nothing blocks nobody; close() ends its connection and every thread")
    void silentClient(Handling handling) throws Exception {
        start(handling);
        try (Socket silent = raw()) {
            soon().until(() -> server.liveThreads() == 2);   // the silent client has its handler
            try (ByteClient good = wellBehaved()) {
                assertThat(good.ask("not blocked")).isEqualTo("NOT BLOCKED");
            }
            server.close();
            assertThat(endOfStreamOrReset(silent.getInputStream())).as("the silent client sees its connection end").isTrue();
        }
        assertThat(server.liveThreads()).isZero();
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().startsWith(server.threadPrefix()) && t.isAlive());
    }

    // --- 5. 200 clients that vanish --------------------------------------------------------

    /** 200 connections at once, closed at once: every other one with a reset, every third after half a message. */
    private void twoHundredVanish() throws Exception {
        int count = 200;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> clients = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int n = i;
                clients.add(pool.submit(() -> {
                    go.await();
                    try (Socket socket = raw()) {
                        if (n % 3 == 0) {
                            socket.getOutputStream().write("half a mess".getBytes(StandardCharsets.UTF_8));
                        }
                        if (n % 2 == 0) {
                            socket.setSoLinger(true, 0);   // close() sends a reset
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> client : clients) {
                client.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("200 clients connect and vanish (half with a reset): every connection thread ends, the next client is served")
    void twoHundredClientsVanish(Handling handling) throws Exception {
        start(handling);
        twoHundredVanish();
        soon().until(() -> server.liveThreads() == 1);   // only the acceptor is left
        try (ByteClient good = wellBehaved()) {
            assertThat(good.ask("still serving")).isEqualTo("STILL SERVING");
        }
    }

    // --- 6. memory -------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("nothing kept per connection: after a 10 MiB message and 200 vanishing clients, heap back within 64 MiB of where it was")
    void memoryStaysBounded(Handling handling) throws Exception {
        start(handling);
        long before = usedHeapAfterGc();
        try (ByteClient good = wellBehaved()) {
            tenMebibyteMessage(good);
            twoHundredVanish();
            soon().until(() -> server.liveThreads() == 2);
            assertThat(good.ask("after all that")).isEqualTo("AFTER ALL THAT");
        }
        long grown = usedHeapAfterGc() - before;
        assertThat(grown).as("heap growth in bytes (%d MiB)", grown >> 20).isLessThan((long) HEAP_BOUND_MIB << 20);
    }
}

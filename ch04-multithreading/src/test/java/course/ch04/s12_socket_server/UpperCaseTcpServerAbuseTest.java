package course.ch04.s12_socket_server;

import course.ch04.s12_socket_server.UpperCaseTcpServer.Handling;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The TCP server of §4.12 under abuse, on platform threads and on virtual threads: garbage, a
 * 10 MiB line, half-open connections, 200 clients that connect and vanish. Each time the server
 * goes on serving a well-behaved client (exact replies) and its connection threads end. Once the
 * connections are gone, heap used after a full collection is back within {@value #HEAP_BOUND_MIB}
 * MiB of what it was before: a server that kept something per connection would not be. (How much a
 * connection may hold while it is open is bounded by the line limit, case 2.)
 */
@DisplayName("§4.12 the upper-casing TCP server under abuse")
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
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

    private LineClient wellBehaved() throws IOException {
        return LineClient.connect(server.port(), TIMEOUT);
    }

    /** A plain socket, for clients that do not speak in lines (LineClient reads nothing until asked). */
    private Socket raw() throws IOException {
        return wellBehaved().socket();
    }

    /** The next reply as bytes up to {@code \n}, decoded: a reply may hold a {@code \r} that a Reader would split at. */
    private static String readReply(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
        }
        return b == -1 && line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
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
    @DisplayName("garbage bytes get exactly the replies the protocol promises; a well-behaved client is served meanwhile and afterwards")
    void garbage(Handling handling) throws Exception {
        start(handling);
        Random random = new Random(20261128);
        // Random bytes (NULs, invalid UTF-8, the odd \r and \n) with a \n after every 64 of them.
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        byte[] chunk = new byte[64];
        for (int i = 0; i < 256; i++) {
            random.nextBytes(chunk);
            sent.write(chunk);
            sent.write('\n');
        }
        byte[] garbage = sent.toByteArray();
        List<String> expected = new ArrayList<>();
        for (int from = 0, to; from < garbage.length; from = to + 1) {
            for (to = from; garbage[to] != '\n'; to++) {
                // find the end of this line
            }
            int end = to > from && garbage[to - 1] == '\r' ? to - 1 : to;
            expected.add(LineProtocol.reply(Arrays.copyOfRange(garbage, from, end)));
        }
        assertThat(expected).as("the garbage hits the not-UTF-8 path").contains(LineProtocol.NOT_UTF8);

        try (LineClient good = wellBehaved()) {
            try (Socket rude = raw()) {
                rude.getOutputStream().write(garbage);
                assertThat(good.ask("meanwhile")).isEqualTo("MEANWHILE");
                List<String> replies = new ArrayList<>();
                for (int i = 0; i < expected.size(); i++) {
                    replies.add(readReply(rude.getInputStream()));
                }
                assertThat(replies).containsExactlyElementsOf(expected);
                // Then garbage without any newline, and the client vanishes with a reset.
                byte[] noNewline = new byte[4096];
                random.nextBytes(noNewline);
                for (int i = 0; i < noNewline.length; i++) {
                    noNewline[i] = noNewline[i] == '\n' ? 0 : noNewline[i];
                }
                rude.getOutputStream().write(noNewline);
                rude.setSoLinger(true, 0);
            }
            soon().until(() -> server.liveThreads() == 2);   // the acceptor and the good client's handler
            assertThat(good.ask("afterwards")).isEqualTo("AFTERWARDS");
        }
    }

    // --- 2. a 10 MiB line ------------------------------------------------------------------

    /** Streams 10 MiB of x without a newline, or less if the server breaks the connection first. */
    private static void flood(Socket socket) {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'x');
        long sent = 0;
        try {
            OutputStream out = socket.getOutputStream();
            while (sent < TEN_MIB) {
                out.write(chunk);
                sent += chunk.length;
            }
        } catch (IOException e) {
            // the server cut the connection off: what we expect
        }
    }

    /** Case 2 itself: the flooding client gets the error line and then the end of the connection. */
    private void tenMebibyteLine(LineClient good) throws Exception {
        try (Socket flooder = raw(); ExecutorService writer = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> writing = writer.submit(() -> flood(flooder));
            InputStream in = flooder.getInputStream();
            assertThat(readReply(in)).as("the reply to a line over the limit").isEqualTo(LineProtocol.TOO_LONG);
            assertThat(good.ask("during")).isEqualTo("DURING");
            assertThat(endOfStreamOrReset(in)).as("the server ends the connection after the error").isTrue();
            writing.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("a 10 MiB line without newline gets the too-long error and the connection closes; a well-behaved client is served during and after")
    void tenMebibyteLine(Handling handling) throws Exception {
        start(handling);
        try (LineClient good = wellBehaved()) {
            tenMebibyteLine(good);
            soon().until(() -> server.liveThreads() == 2);
            assertThat(good.ask("after")).isEqualTo("AFTER");
        }
    }

    // --- 3. half-open connections ----------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("half a line and then shutdownOutput: the partial line is answered, and the server closes its side")
    void halfLineThenShutdownOutput(Handling handling) throws Exception {
        start(handling);
        try (Socket client = raw()) {
            client.getOutputStream().write("half a li".getBytes(StandardCharsets.UTF_8));
            client.shutdownOutput();
            assertThat(readReply(client.getInputStream())).isEqualTo("HALF A LI");
            assertThat(readReply(client.getInputStream())).as("end of stream within %s", TIMEOUT).isNull();
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
            try (LineClient good = wellBehaved()) {
                assertThat(good.ask("not blocked")).isEqualTo("NOT BLOCKED");
            }
            server.close();
            assertThat(endOfStreamOrReset(silent.getInputStream())).as("the silent client sees its connection end").isTrue();
        }
        assertThat(server.liveThreads()).isZero();
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().startsWith(server.threadPrefix()) && t.isAlive());
    }

    // --- 4. 200 clients that vanish --------------------------------------------------------

    /** 200 connections at once, closed at once: every other one with a reset, every third after half a line. */
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
                            socket.getOutputStream().write("half a li".getBytes(StandardCharsets.UTF_8));
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
        try (LineClient good = wellBehaved()) {
            assertThat(good.ask("still serving")).isEqualTo("STILL SERVING");
        }
    }

    // --- 5. memory -------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(Handling.class)
    @DisplayName("nothing kept per connection: after a 10 MiB line and 200 vanishing clients, heap back within 64 MiB of where it was")
    void memoryStaysBounded(Handling handling) throws Exception {
        start(handling);
        long before = usedHeapAfterGc();
        try (LineClient good = wellBehaved()) {
            tenMebibyteLine(good);
            twoHundredVanish();
            soon().until(() -> server.liveThreads() == 2);
            assertThat(good.ask("after all that")).isEqualTo("AFTER ALL THAT");
        }
        long grown = usedHeapAfterGc() - before;
        assertThat(grown).as("heap growth in bytes (%d MiB)", grown >> 20).isLessThan((long) HEAP_BOUND_MIB << 20);
    }
}

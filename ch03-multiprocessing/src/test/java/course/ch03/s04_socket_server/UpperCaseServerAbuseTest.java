package course.ch03.s04_socket_server;

import course.kit.PythonBytes;
import course.kit.test.Flood;
import course.ch03.process.Liveness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The §3.4 server under abuse: garbage, a 10 MiB message, a client that sends without reading,
 * half-open connections, a crowd of clients that connect and vanish. Each time a well-behaved
 * client is still served, no child JVM is left, and once the connections are closed the heap of
 * this JVM (where the server runs) is back within {@value #HEAP_SLACK_MIB} MiB of where it
 * started: nothing is kept per connection. What an open connection may hold is bounded by the
 * fixed buffers, checked by the bytes a client that never reads got out before TCP held it back.
 *
 * <p>Every connection costs a child JVM, so the crowd (200 of them) is tagged {@code battery}
 * and runs only with {@code -Pbattery}; the other cases start two child JVMs each at most.
 */
@DisplayName("§3.4 the process-per-connection server under abuse: it keeps serving, and nothing piles up")
class UpperCaseServerAbuseTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final int SO_TIMEOUT_MILLIS = 20_000;
    private static final long HEAP_SLACK_MIB = 64;
    private static final int TEN_MIB = 10 << 20;

    @Test
    @Timeout(30)
    @DisplayName("garbage bytes (NULs, invalid UTF-8, some newlines) come back upper-cased byte by byte; another client is served meanwhile and afterwards")
    void garbage() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(20261128).nextBytes(garbage);
        try (UpperCaseServer server = UpperCaseServer.start(0, QUIET);
             Socket good = connect(server.port())) {
            assertThat(exchange(good, "before\n")).isEqualTo("BEFORE\n");
            try (Socket rude = connect(server.port())) {
                CompletableFuture<Void> sending = sendInBackground(rude, garbage);
                InputStream in = rude.getInputStream();
                byte[] firstHalf = in.readNBytes(garbage.length / 2);
                assertThat(exchange(good, "during\n")).isEqualTo("DURING\n");
                byte[] secondHalf = in.readNBytes(garbage.length - firstHalf.length);
                sending.get(SO_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
                byte[] echoed = new byte[garbage.length];
                System.arraycopy(firstHalf, 0, echoed, 0, firstHalf.length);
                System.arraycopy(secondHalf, 0, echoed, firstHalf.length, secondHalf.length);
                assertThat(echoed).as("the garbage, upper-cased byte by byte").isEqualTo(PythonBytes.upper(garbage));
            }
            await("the garbage connection's child has ended").atMost(Duration.ofSeconds(10))
                    .until(() -> server.childPids().size() == 1);
            assertThat(exchange(good, "after\n")).isEqualTo("AFTER\n");
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("a 10 MiB message without newline comes back whole, upper-cased, while it is sent; another client is served meanwhile; memory is back afterwards")
    void tenMebibyteMessage() throws Exception {
        long heapBefore = usedHeapAfterGc();
        try (UpperCaseServer server = UpperCaseServer.start(0, QUIET);
             Socket good = connect(server.port())) {
            assertThat(exchange(good, "before\n")).isEqualTo("BEFORE\n");
            try (Socket flooder = connect(server.port())) {
                Flood.upperCaseEcho(flooder, TEN_MIB, Duration.ofMillis(SO_TIMEOUT_MILLIS),
                        () -> assertThat(exchange(good, "during\n")).isEqualTo("DURING\n"));
            }
            await("the flood's child has ended").atMost(Duration.ofSeconds(10)).until(() -> server.childPids().size() == 1);
            assertThat(exchange(good, "after\n")).isEqualTo("AFTER\n");
        }
        assertThat(usedHeapAfterGc() - heapBefore).as("heap growth in bytes").isLessThan(HEAP_SLACK_MIB << 20);
    }

    @Test
    @Timeout(60)
    @DisplayName("a client that sends without reading is held back by TCP long before 256 MiB get out, then closed when idle; its child ends")
    void senderThatNeverReads() throws Exception {
        try (UpperCaseServer server = UpperCaseServer.start(0, QUIET, UpperCaseServer.MAX_WORKERS, Duration.ofSeconds(1))) {
            long meant = 256L << 20;
            AtomicLong sent = new AtomicLong();
            try (Socket hog = connect(server.port())) {
                hog.setSendBufferSize(64 * 1024);           // our own side holds little: what is sent is in flight
                CompletableFuture<IOException> sending = inBackground(() -> {
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
                assertThat(sending.get(SO_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS))
                        .as("the server closed the stuck connection while we were still sending").isInstanceOf(IOException.class);
            }
            // What got out: the socket buffers, the pipes to and from the worker, the copy loops.
            assertThat(sent.get()).as("bytes sent before TCP held the client back").isLessThan(32L << 20);
            await("the stuck connection's child has ended").atMost(Duration.ofSeconds(10)).until(() -> server.childPids().isEmpty());
            assertThat(UpperCaseClient.talk(server.port(), List.of("next"))).containsExactly("NEXT");
        }
    }

    @Test
    @Timeout(30)
    @DisplayName("half a line, then the client shuts down its output: the partial line is answered and the server closes its side")
    void halfLineThenShutdownOutput() throws Exception {
        try (UpperCaseServer server = UpperCaseServer.start(0, QUIET);
             Socket half = connect(server.port())) {
            half.getOutputStream().write("half a li".getBytes(StandardCharsets.UTF_8));
            half.shutdownOutput();
            // readAllBytes returns at the end of the stream: the server has closed the connection.
            assertThat(new String(half.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("HALF A LI");
            await("the child has ended").atMost(Duration.ofSeconds(10)).until(() -> server.childPids().isEmpty());
        }
    }

    @Test
    @Timeout(30)
    @DisplayName("a client that connects and sends nothing: others are served meanwhile, and close() ends its connection, child and threads")
    void silentClient() throws Exception {
        UpperCaseServer server = UpperCaseServer.start(0, QUIET);
        try (Socket silent = connect(server.port())) {
            await("the silent client's child is up").atMost(Duration.ofSeconds(10)).until(() -> server.childPids().size() == 1);
            long silentChild = server.childPids().getFirst();
            assertThat(UpperCaseClient.talk(server.port(), List.of("others are served"))).containsExactly("OTHERS ARE SERVED");
            server.close();
            assertThat(readOrEnd(silent.getInputStream())).as("the silent client sees the end").isEqualTo(-1);
            assertThat(Liveness.hasEnded(silentChild)).as("its child has ended").isTrue();
            assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
            await("the connection threads have ended").atMost(Duration.ofSeconds(10)).until(() -> Thread.getAllStackTraces().keySet()
                    .stream().noneMatch(t -> t.isAlive() && (t.getName().startsWith("conn-") || t.getName().startsWith("accept "))));
        } finally {
            server.close();
        }
    }

    @Test
    @Tag("battery")
    @Timeout(300)
    @DisplayName("200 clients connect and vanish (half by reset, some after half a line): at most the cap of children at once, then a client is served, no child is left, memory is back")
    void twoHundredClientsVanish() throws Exception {
        int cap = 4;
        long heapBefore = usedHeapAfterGc();
        AtomicBoolean sampling = new AtomicBoolean(true);
        AtomicInteger mostChildren = new AtomicInteger();
        Thread sampler = Thread.ofPlatform().daemon().name("child counter").start(() -> {
            while (sampling.get()) {
                int alive = (int) ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count();
                mostChildren.accumulateAndGet(alive, Math::max);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
            }
        });
        try (UpperCaseServer server = UpperCaseServer.start(0, QUIET, cap);
             ExecutorService crowd = Executors.newFixedThreadPool(16)) {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port());
            List<Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean reset = i % 2 == 0;
                boolean halfLine = i % 5 == 1;
                clients.add(crowd.submit(() -> {
                    // Beyond the cap the server does not accept: connect() may wait for the listen queue.
                    try (Socket client = new Socket()) {
                        client.setSoTimeout(SO_TIMEOUT_MILLIS);
                        client.connect(address, 120_000);
                        if (halfLine) {
                            client.getOutputStream().write("half a li".getBytes(StandardCharsets.UTF_8));
                        }
                        if (reset) {
                            client.setSoLinger(true, 0);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get(150, TimeUnit.SECONDS);
            }
            // Accepted in order, so this one is served after every vanished client.
            try (Socket good = connect(server.port())) {
                good.setSoTimeout(200_000);
                assertThat(exchange(good, "still serving\n")).isEqualTo("STILL SERVING\n");
            }
            await("every child has ended").atMost(Duration.ofSeconds(60))
                    .until(() -> ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive));
        } finally {
            sampling.set(false);
            sampler.join();
        }
        long heapGrowth = usedHeapAfterGc() - heapBefore;
        System.out.printf("200 vanishing clients: at most %d child JVMs at once (cap %d), heap growth %.1f MiB%n",
                mostChildren.get(), cap, heapGrowth / (double) (1 << 20));
        assertThat(mostChildren.get()).as("child JVMs alive at once").isBetween(1, cap);
        assertThat(heapGrowth).as("heap growth in bytes").isLessThan(HEAP_SLACK_MIB << 20);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static CompletableFuture<Void> sendInBackground(Socket socket, byte[] bytes) {
        return inBackground(() -> {
            socket.getOutputStream().write(bytes);
            return null;
        });
    }

    /** Runs the work on a thread of its own (a virtual one: it mostly waits for the socket). */
    private static <T> CompletableFuture<T> inBackground(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result;
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(SO_TIMEOUT_MILLIS);
        return socket;
    }

    /** Sends the text and reads exactly as many bytes back. */
    private static String exchange(Socket socket, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        socket.getOutputStream().write(bytes);
        byte[] reply = socket.getInputStream().readNBytes(bytes.length);
        return new String(reply, StandardCharsets.UTF_8);
    }

    private static int readOrEnd(InputStream in) {
        try {
            return in.read();
        } catch (IOException e) {
            return -1;                              // a reset is an end too
        }
    }

    /** Heap in use after a full collection (the tests run with the serial collector). */
    private static long usedHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}

package course.ch03.s04_socket_server;

import course.ch03.process.Liveness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
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
import java.util.Arrays;
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
 * The §3.4 server under abuse: garbage, an endless line, half-open connections, a crowd of
 * clients that connect and vanish. Each time a well-behaved client is still served, no child
 * JVM is left, and once the connections are closed the heap of this JVM (where the server runs)
 * is back within {@value #HEAP_SLACK_MIB} MiB of where it started: nothing is kept per connection.
 * What an open connection may hold is bounded by the line limit and the fixed buffers, checked by
 * the bytes the flooder got out before the server closed on it.
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
    private static final String TOO_LONG_REPLY = "\n" + UpperCaseWorker.TOO_LONG + "\n";

    @Test
    @Timeout(30)
    @DisplayName("garbage bytes (NULs, invalid UTF-8, some newlines) come back upper-cased byte by byte; another client is served meanwhile and afterwards")
    void garbage() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(20261128).nextBytes(garbage);
        assertThat(longestLine(garbage)).as("no line of the garbage reaches the limit").isLessThan(UpperCaseWorker.MAX_LINE_BYTES);
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
                assertThat(echoed).as("the garbage, upper-cased byte by byte").isEqualTo(upperCased(garbage));
            }
            await("the garbage connection's child has ended").atMost(Duration.ofSeconds(10))
                    .until(() -> server.childPids().size() == 1);
            assertThat(exchange(good, "after\n")).isEqualTo("AFTER\n");
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("a 10 MiB line without newline: the first 256 KiB come back, then the TOO_LONG line, and the connection closes long before 10 MiB are sent")
    void tenMebibyteLine() throws Exception {
        long heapBefore = usedHeapAfterGc();
        try (UpperCaseServer server = UpperCaseServer.start(0, QUIET);
             Socket good = connect(server.port())) {
            assertThat(exchange(good, "before\n")).isEqualTo("BEFORE\n");
            Flood flood;
            try (Socket flooder = connect(server.port())) {
                flooder.setSendBufferSize(64 * 1024);      // our own side holds little: what is sent is in flight
                flood = flood(flooder, () -> assertThat(exchange(good, "during\n")).isEqualTo("DURING\n"));
            }
            assertThat(flood.tail()).as("the end of the reply").endsWith(TOO_LONG_REPLY);
            assertThat(flood.received()).as("bytes received: the longest line allowed, then the error line")
                    .isEqualTo(UpperCaseWorker.MAX_LINE_BYTES + TOO_LONG_REPLY.length());
            assertThat(flood.sendFailure()).as("the server closed the connection while we were still sending")
                    .isInstanceOf(IOException.class);
            // What got out before the close: the limit, plus what the socket buffers, the pipe to the
            // worker and the copy loops hold (the server's receive buffer is fixed at 64 KiB).
            assertThat(flood.sent()).as("bytes sent before the server closed the connection").isLessThan(1 << 20);
            await("the flood's child has ended").atMost(Duration.ofSeconds(10)).until(() -> server.childPids().size() == 1);
            assertThat(exchange(good, "after\n")).isEqualTo("AFTER\n");
        }
        assertThat(usedHeapAfterGc() - heapBefore).as("heap growth in bytes").isLessThan(HEAP_SLACK_MIB << 20);
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

    /** What one flood of 10 MiB of 'x' without newline saw. */
    private record Flood(long sent, IOException sendFailure, long received, String tail) {
    }

    /** Streams 10 MiB of 'x' on one thread while this one reads the replies until the end; runs {@code meanwhile} once replies flow. */
    private static Flood flood(Socket socket, ThrowingRunnable meanwhile) throws Exception {
        AtomicLong sent = new AtomicLong();
        CompletableFuture<IOException> sending = inBackground(() -> {
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            try {
                OutputStream out = socket.getOutputStream();
                while (sent.get() < TEN_MIB) {
                    out.write(chunk);
                    sent.addAndGet(chunk.length);
                }
                return null;
            } catch (IOException e) {
                return e;
            }
        });
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        ByteArrayOutputStream tail = new ByteArrayOutputStream();
        long received = 0;
        boolean ranMeanwhile = false;
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                received += n;
                tail.write(buffer, 0, n);
                if (tail.size() > 4096) {                   // keep only the end: nothing piles up here either
                    byte[] end = Arrays.copyOfRange(tail.toByteArray(), tail.size() - 1024, tail.size());
                    tail.reset();
                    tail.write(end);
                }
                if (!ranMeanwhile) {
                    meanwhile.run();
                    ranMeanwhile = true;
                }
            }
        } catch (IOException reset) {
            // the server's close may reach us as a reset: the bytes before it have been read
        }
        IOException failure = sending.get(SO_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        return new Flood(sent.get(), failure, received, tail.toString(StandardCharsets.ISO_8859_1));
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

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

    private static byte[] upperCased(byte[] bytes) {
        byte[] upper = bytes.clone();
        for (int i = 0; i < upper.length; i++) {
            if (upper[i] >= 'a' && upper[i] <= 'z') {
                upper[i] -= 'a' - 'A';
            }
        }
        return upper;
    }

    private static int longestLine(byte[] bytes) {
        int longest = 0;
        int current = 0;
        for (byte b : bytes) {
            current = b == '\n' ? 0 : current + 1;
            longest = Math.max(longest, current);
        }
        return longest;
    }

    /** Heap in use after a full collection (the tests run with the serial collector). */
    private static long usedHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}

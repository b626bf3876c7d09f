package course.ch04.exercises;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@DisplayName("Exercise 4.12 · ThreadedEchoServer (hard)")
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ThreadedEchoServerTest {

    /** A client of the echo server; every read waits at most 5 s. */
    private static final class Client implements AutoCloseable {
        final Socket socket;
        final BufferedReader in;
        final OutputStream out;

        Client(int port) throws IOException {
            socket = new Socket();
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            socket.setSoTimeout(5_000);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out = socket.getOutputStream();
        }

        void send(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        String ask(String line) throws IOException {
            send(line + "\n");
            return in.readLine();
        }

        /** True when the server has ended the connection (end of stream, or a reset). */
        boolean ended() throws IOException {
            try {
                return in.readLine() == null;
            } catch (SocketException reset) {
                return true;
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** Records every thread the server creates, as the exercise asks it to. */
    private final List<Thread> serverThreads = new CopyOnWriteArrayList<>();
    private final AtomicInteger counter = new AtomicInteger();
    private final ThreadFactory factory = runnable -> {
        Thread thread = Thread.ofPlatform().daemon().name("echo-" + counter.incrementAndGet()).unstarted(runnable);
        serverThreads.add(thread);
        return thread;
    };
    private ThreadedEchoServer server;

    private ThreadedEchoServer start() throws IOException {
        server = ThreadedEchoServer.start(0, factory);
        return server;
    }

    @AfterEach
    void closeServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @DisplayName("a port outside 0..65535 is rejected, naming it")
    void rejectsBadPort() {
        assertThatThrownBy(() -> ThreadedEchoServer.start(65_536, factory))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65536");
    }

    @Test
    @DisplayName("the highest port, 65535, is not rejected as out of range (it may be in use)")
    void acceptsTheHighestPort() throws Exception {
        try {
            server = ThreadedEchoServer.start(65_535, factory);
            assertThat(server.port()).isEqualTo(65_535);
        } catch (IOException inUse) {
            // another program has it: fine, the port was not rejected
        }
    }

    @Test
    @DisplayName("each line comes back unchanged, and the server listens on loopback only")
    void echoes() throws Exception {
        start();
        assertThat(server.address().getAddress().isLoopbackAddress()).as("bound to loopback").isTrue();
        assertThat(server.address().getPort()).isEqualTo(server.port()).isPositive();
        try (Client client = new Client(server.port())) {
            assertThat(client.ask("hello")).isEqualTo("hello");
            assertThat(client.ask("")).isEqualTo("");
            assertThat(client.ask("Grüße, 中文")).isEqualTo("Grüße, 中文");
            client.send("two\nlines\n");
            assertThat(List.of(client.in.readLine(), client.in.readLine())).containsExactly("two", "lines");
        }
        assertThat(serverThreads).as("threads made by the given factory").isNotEmpty();
    }

    @Test
    @DisplayName("an idle client does not stop another client from being served")
    void idleClientDoesNotBlockOthers() throws Exception {
        start();
        try (Client idle = new Client(server.port()); Client busy = new Client(server.port())) {
            idle.send("I started a line and then went for coffee");
            assertThat(busy.ask("are you there?")).isEqualTo("are you there?");
        }
    }

    @Test
    @DisplayName("50 clients at once, 40 lines each: every line comes back to its own client")
    void manyClients() throws Exception {
        start();
        int clients = 50;
        int lines = 40;
        CountDownLatch connected = new CountDownLatch(clients);
        List<Future<Integer>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                int id = c;
                results.add(pool.submit(() -> {
                    try (Client client = new Client(server.port())) {
                        connected.countDown();
                        connected.await();          // everyone connected before anyone talks
                        for (int i = 0; i < lines; i++) {
                            String line = "client " + id + " line " + i;
                            String reply = client.ask(line);
                            if (!line.equals(reply)) {
                                throw new AssertionError("client " + id + " sent '" + line + "' and got '" + reply + "'");
                            }
                        }
                        return lines;
                    }
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get(15, TimeUnit.SECONDS)).isEqualTo(lines);
            }
        }
    }

    @Test
    @DisplayName("1024 bytes are a line; at 1025 bytes without a newline the client gets an error and is disconnected")
    void lineLimit() throws Exception {
        start();
        try (Client client = new Client(server.port())) {
            assertThat(client.ask("x".repeat(1024))).isEqualTo("x".repeat(1024));
            client.send("y".repeat(1025));
            assertThat(client.in.readLine()).isEqualTo(ThreadedEchoServer.TOO_LONG);
            assertThat(client.ended()).as("the connection is closed after the error").isTrue();
        }
        try (Client client = new Client(server.port())) {
            assertThat(client.ask("still serving")).isEqualTo("still serving");
        }
    }

    @Test
    @DisplayName("a client that resets its connection mid-line does not disturb the server")
    void abruptDisconnect() throws Exception {
        start();
        try (Client rude = new Client(server.port())) {
            assertThat(rude.ask("hi")).isEqualTo("hi");
            rude.send("half a li");
            rude.socket.setSoLinger(true, 0);       // close() now sends a reset
        }
        try (Client client = new Client(server.port())) {
            assertThat(client.ask("after the reset")).isEqualTo("after the reset");
        }
    }

    @Test
    @DisplayName("close() disconnects every client, ends every thread the server made and stops accepting")
    void cleanShutdown() throws Exception {
        start();
        try (Client first = new Client(server.port()); Client second = new Client(server.port())) {
            assertThat(first.ask("one")).isEqualTo("one");
            assertThat(second.ask("two")).isEqualTo("two");
            second.send("in the middle of a li");

            server.close();

            assertThat(serverThreads).as("threads made by the given factory").isNotEmpty()
                    .allSatisfy(thread -> assertThat(thread.isAlive()).as("%s alive after close()", thread.getName()).isFalse());
            assertThat(first.ended()).as("first client disconnected").isTrue();
            assertThat(second.ended()).as("second client disconnected").isTrue();
            assertThatThrownBy(() -> new Client(server.port())).isInstanceOf(ConnectException.class);
            server.close();                          // a second close() does nothing
        }
    }

    @Test
    @DisplayName("close() returns only once every thread the server made has ended, even one that takes its time to end")
    void closeWaitsForItsThreads() throws Exception {
        // Two clients, so that the server makes at least three threads. Then, once for each of them:
        // a new server whose threads all linger after their work, close(), and every thread but that
        // one let go: close() must still wait for it.
        int made = closeWhileOneThreadLingers(-1);
        assertThat(made).as("threads made by the server for two clients").isGreaterThanOrEqualTo(3);
        for (int lingering = 0; lingering < made; lingering++) {
            closeWhileOneThreadLingers(lingering);
        }
    }

    /**
     * Starts a server whose threads linger after their work until let go, serves two clients, closes
     * it, lets every thread but the {@code lingering}-th one go (all of them for -1), checks that
     * close() has not returned, lets that one go too, and checks that close() then returns with every
     * thread ended. Returns how many threads the server made.
     */
    private int closeWhileOneThreadLingers(int lingering) throws Exception {
        List<CountDownLatch> mayEnd = new CopyOnWriteArrayList<>();
        List<Thread> made = new CopyOnWriteArrayList<>();
        AtomicInteger finishedWork = new AtomicInteger();
        ThreadFactory lingeringThreads = runnable -> {
            CountDownLatch mine = new CountDownLatch(1);
            mayEnd.add(mine);
            Thread thread = factory.newThread(() -> {
                try {
                    runnable.run();
                } finally {
                    finishedWork.incrementAndGet();
                    try {
                        mine.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            made.add(thread);
            return thread;
        };
        ThreadedEchoServer lingeringServer = ThreadedEchoServer.start(0, lingeringThreads);
        ExecutorService closer = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("closer").unstarted(r));
        try (Client one = new Client(lingeringServer.port()); Client two = new Client(lingeringServer.port())) {
            assertThat(one.ask("one")).isEqualTo("one");
            assertThat(two.ask("two")).isEqualTo("two");
            Future<?> closing = closer.submit(lingeringServer::close);
            await("every thread of the server has done its work").atMost(Duration.ofSeconds(5))
                    .until(() -> finishedWork.get() == made.size());
            for (int i = 0; i < mayEnd.size(); i++) {
                if (i != lingering) {
                    mayEnd.get(i).countDown();
                }
            }
            if (lingering >= 0) {
                await("close() still waiting for " + made.get(lingering).getName() + ", which lingers")
                        .during(Duration.ofMillis(150)).atMost(Duration.ofSeconds(1)).until(() -> !closing.isDone());
                mayEnd.get(lingering).countDown();
            }
            closing.get(5, TimeUnit.SECONDS);
            assertThat(made).allSatisfy(thread -> assertThat(thread.isAlive()).as("%s alive after close()", thread.getName()).isFalse());
            return made.size();
        } finally {
            mayEnd.forEach(CountDownLatch::countDown);
            closer.shutdownNow();
            lingeringServer.close();
        }
    }
}

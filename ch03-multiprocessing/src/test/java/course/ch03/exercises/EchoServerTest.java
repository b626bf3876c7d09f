package course.ch03.exercises;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@DisplayName("Exercise 3.4 · EchoServer (hard)")
@Timeout(30)
class EchoServerTest {

    /**
     * The running processes this JVM started, directly or not: the server's EchoWorker JVMs, since
     * LeakCheck lets no test class leave a process behind. (Not picked out by the class name on
     * their command lines: the JDK reads only a command line's first 4096 bytes, and a long class
     * path pushes the name past them.)
     */
    private static List<ProcessHandle> echoWorkers() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
    }

    private static Socket connect(EchoServer server) throws IOException {
        return new Socket(InetAddress.getLoopbackAddress(), server.address().getPort());
    }

    /**
     * Freezes the process (SIGSTOP): it reads nothing, writes nothing and does not end, not even on
     * the end of its input; a SIGTERM waits unanswered. Only SIGKILL ends it.
     */
    private static void hang(ProcessHandle process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-STOP", String.valueOf(process.pid()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(kill.waitFor(20, TimeUnit.SECONDS)).as("kill -STOP has ended").isTrue();
        assertThat(kill.exitValue()).as("exit code of kill -STOP").isZero();
    }

    /** One exchange on {@code client}, so that its child runs, then that child (the only one) frozen: see {@link #hang}. */
    private static void hangTheOnlyChild(Socket client) throws Exception {
        assertThat(exchange(client, "x")).isEqualTo("x");
        List<ProcessHandle> children = echoWorkers();
        assertThat(children).as("EchoWorker processes with one client").hasSize(1);
        hang(children.get(0));
    }

    /** Sends the text and reads exactly as many bytes back. */
    private static String exchange(Socket socket, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
        socket.setSoTimeout(20_000);
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        while (reply.size() < bytes.length) {
            int b = in.read();
            if (b == -1) {
                throw new IOException("connection ended after " + reply.size() + " bytes of " + bytes.length);
            }
            reply.write(b);
        }
        return reply.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("echoes the bytes unchanged, a partial line at once")
    void echoes() throws Exception {
        try (EchoServer server = EchoServer.start(0); Socket client = connect(server)) {
            assertThat(exchange(client, "abc")).isEqualTo("abc");
            assertThat(exchange(client, "héllo, 多进程\n")).isEqualTo("héllo, 多进程\n");
        }
    }

    @Test
    @DisplayName("listens on 127.0.0.1, on a free port when asked for port 0")
    void address() throws Exception {
        try (EchoServer server = EchoServer.start(0)) {
            assertThat(server.address().getAddress().isLoopbackAddress()).as("loopback address").isTrue();
            assertThat(server.address().getPort()).isPositive();
        }
    }

    @Test
    @DisplayName("each connection has a child JVM of its own, which ends when its client leaves")
    void childPerConnection() throws Exception {
        try (EchoServer server = EchoServer.start(0)) {
            try (Socket one = connect(server); Socket two = connect(server)) {
                assertThat(exchange(one, "1")).isEqualTo("1");
                assertThat(exchange(two, "2")).isEqualTo("2");
                assertThat(echoWorkers()).as("EchoWorker processes while two clients are connected").hasSize(2);
            }
            await("the children of the two connections have ended").atMost(Duration.ofSeconds(15))
                    .until(() -> echoWorkers().isEmpty());
        }
    }

    @Test
    @DisplayName("a client that resets its connection harms neither the other connections nor the server")
    void survivesAReset() throws Exception {
        try (EchoServer server = EchoServer.start(0); Socket calm = connect(server)) {
            Socket rude = connect(server);
            assertThat(exchange(rude, "r")).isEqualTo("r");
            assertThat(exchange(calm, "c")).isEqualTo("c");
            rude.setSoLinger(true, 0);          // close() sends a reset
            rude.close();
            await("the reset connection's child has ended").atMost(Duration.ofSeconds(15))
                    .until(() -> echoWorkers().size() == 1);
            assertThat(exchange(calm, "still here")).isEqualTo("still here");
            try (Socket later = connect(server)) {
                assertThat(exchange(later, "new")).isEqualTo("new");
            }
        }
    }

    @Test
    @DisplayName("close() with a client connected ends every child before it returns, and stops listening")
    void closeEndsEverything() throws Exception {
        EchoServer server = EchoServer.start(0);
        int port = server.address().getPort();
        try (Socket client = connect(server)) {
            assertThat(exchange(client, "x")).isEqualTo("x");
            server.close();
            assertThat(echoWorkers()).as("EchoWorker processes right after close()").isEmpty();
            client.setSoTimeout(20_000);
            int read;
            try {
                read = client.getInputStream().read();
            } catch (IOException e) {
                read = -1;                      // a reset is an end too
            }
            assertThat(read).as("the client sees the end of the connection").isEqualTo(-1);
        }
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                .as("nobody listens any more").isInstanceOf(IOException.class);
    }

    @Test
    @DisplayName("a client that resets while its echo is backed up (it reads none of it): its child ends all the same")
    void resetWithTheEchoBackedUp() throws Exception {
        try (EchoServer server = EchoServer.start(0)) {
            Socket rude = new Socket();
            rude.setReceiveBufferSize(4096);
            rude.connect(server.address());
            assertThat(exchange(rude, "r")).isEqualTo("r");
            AtomicLong sent = new AtomicLong();
            Thread writer = Thread.ofPlatform().daemon().start(() -> {
                byte[] chunk = new byte[16 * 1024];
                try {
                    OutputStream out = rude.getOutputStream();
                    while (true) {
                        out.write(chunk);
                        sent.addAndGet(chunk.length);
                    }
                } catch (IOException e) {
                    // the reset below
                }
            });
            // Unread, the echo fills the client's socket, then the server's, then the child's
            // stdout: the child blocks writing, stops reading, and the writer here stalls. A server
            // that only waits for the child to see the end of its input would wait forever.
            long[] last = {-1};
            await("the writer stalls").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
                long now = sent.get();
                boolean stalled = now == last[0];
                last[0] = now;
                return stalled;
            });
            rude.setSoLinger(true, 0);          // close() sends a reset
            rude.close();
            writer.join(Duration.ofSeconds(10));
            await("the reset connection's child has ended").atMost(Duration.ofSeconds(15))
                    .until(() -> echoWorkers().isEmpty());
        }
    }

    @Test
    @DisplayName("after one client has left, close() still ends the child of the client that stays")
    void closeAfterAClientLeft() throws Exception {
        EchoServer server = EchoServer.start(0);
        try (Socket stays = connect(server)) {
            try (Socket leaves = connect(server)) {
                assertThat(exchange(leaves, "l")).isEqualTo("l");
                assertThat(exchange(stays, "s")).isEqualTo("s");
            }
            await("the child of the client that left has ended").atMost(Duration.ofSeconds(15))
                    .until(() -> echoWorkers().size() == 1);
            server.close();
            assertThat(echoWorkers()).as("EchoWorker processes right after close()").isEmpty();
        }
    }

    @Test
    @EnabledOnOs(value = {OS.LINUX, OS.MAC}, disabledReason = "the child is frozen with kill -STOP")
    @DisplayName("close() ends a child that hangs (that answers neither the end of its input nor SIGTERM) before it returns")
    void closeKillsAHungChild() throws Exception {
        EchoServer server = EchoServer.start(0);
        try (Socket client = connect(server)) {
            hangTheOnlyChild(client);
            server.close();
            assertThat(echoWorkers()).as("EchoWorker processes right after close()").isEmpty();
        }
    }

    @Test
    @EnabledOnOs(value = {OS.LINUX, OS.MAC}, disabledReason = "the child is frozen with kill -STOP")
    @DisplayName("close() called with the interrupt flag set still ends every child, even one that hangs")
    void interruptedCloseEndsAHungChild() throws Exception {
        EchoServer server = EchoServer.start(0);
        try (Socket client = connect(server)) {
            hangTheOnlyChild(client);
            Thread.currentThread().interrupt();
            try {
                server.close();
            } finally {
                Thread.interrupted();           // whatever close() did with the flag
            }
            await("the hung child has ended").atMost(Duration.ofSeconds(15)).until(() -> echoWorkers().isEmpty());
        }
    }

    @Test
    @DisplayName("the highest port, 65535, is not rejected as out of range (it may be in use)")
    void acceptsTheHighestPort() throws Exception {
        try (EchoServer server = EchoServer.start(65_535)) {
            assertThat(server.address().getPort()).isEqualTo(65_535);
        } catch (IOException inUse) {
            // another program has it: fine, the port was not rejected
        }
    }

    @Test
    @DisplayName("a port outside 0..65535 is rejected naming it; a port in use is an IOException")
    void ports() throws Exception {
        assertThatThrownBy(() -> EchoServer.start(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> EchoServer.start(65_536)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65536");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EchoServer.start(taken.getLocalPort())).isInstanceOf(IOException.class);
        }
    }
}

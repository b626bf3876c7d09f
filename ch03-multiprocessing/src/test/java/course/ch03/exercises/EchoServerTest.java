package course.ch03.exercises;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

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
    @DisplayName("a port outside 0..65535 is rejected naming it; a port in use is an IOException")
    void ports() throws Exception {
        assertThatThrownBy(() -> EchoServer.start(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> EchoServer.start(65_536)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65536");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EchoServer.start(taken.getLocalPort())).isInstanceOf(IOException.class);
        }
    }
}

package course.ch03.s04_socket_server;

import course.ch03.process.JavaProcess;
import course.ch03.process.Liveness;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@DisplayName("§3.4 Concurrent socket server (并发的套接字通信): one child JVM per connection")
class UpperCaseServerTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Test
    @DisplayName("three clients at once are each served by a child JVM of their own, and get their own replies")
    void manyClientsAtOnce() throws Exception {
        try (UpperCaseServer server = UpperCaseServer.start(0, QUIET);
             ExecutorService clients = Executors.newFixedThreadPool(3)) {
            CyclicBarrier allConnected = new CyclicBarrier(4);
            List<Future<List<String>>> replies = new ArrayList<>();
            for (String who : List.of("ann", "bob", "cid")) {
                replies.add(clients.submit(() -> {
                    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                        List<String> got = new ArrayList<>();
                        got.add(exchange(socket, who + " one\n"));
                        allConnected.await(20, TimeUnit.SECONDS);   // all three connections are open now
                        allConnected.await(20, TimeUnit.SECONDS);   // the test has counted the children
                        got.add(exchange(socket, who + " two\n"));
                        return got;
                    }
                }));
            }
            allConnected.await(20, TimeUnit.SECONDS);
            List<Long> children = server.childPids();
            allConnected.await(20, TimeUnit.SECONDS);
            assertThat(children).as("child pids while three clients are connected").hasSize(3).doesNotHaveDuplicates()
                    .doesNotContain(ProcessHandle.current().pid());
            assertThat(replies.get(0).get()).containsExactly("ANN ONE\n", "ANN TWO\n");
            assertThat(replies.get(1).get()).containsExactly("BOB ONE\n", "BOB TWO\n");
            assertThat(replies.get(2).get()).containsExactly("CID ONE\n", "CID TWO\n");
        }
    }

    @Test
    @DisplayName("upper-casing is byte by byte: a partial line is answered at once, non-ASCII passes unchanged")
    void partialLinesAndUtf8() throws Exception {
        try (UpperCaseServer server = UpperCaseServer.start(0, QUIET);
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            assertThat(exchange(socket, "abc")).isEqualTo("ABC");
            assertThat(exchange(socket, "héllo wörld, 多进程\n")).isEqualTo("HéLLO WöRLD, 多进程\n");
        }
    }

    @Test
    @DisplayName("a client that resets its connection ends only its own child; the server keeps serving")
    void abruptDisconnect() throws Exception {
        try (UpperCaseServer server = UpperCaseServer.start(0, QUIET)) {
            Socket rude = new Socket(InetAddress.getLoopbackAddress(), server.port());
            assertThat(exchange(rude, "x")).isEqualTo("X");
            long child = server.childPids().getFirst();
            rude.setSoLinger(true, 0);          // close() now sends a reset, not a polite end of stream
            rude.close();
            await("the reset connection's child has ended").atMost(Duration.ofSeconds(10))
                    .until(() -> Liveness.hasEnded(child) && server.childPids().isEmpty());
            assertThat(UpperCaseClient.talk(server.port(), List.of("still there?"))).containsExactly("STILL THERE?");
        }
    }

    @Test
    @DisplayName("a client that sends a lot and leaves without reading does not stop the server")
    void clientLeavesMidStream() throws Exception {
        try (UpperCaseServer server = UpperCaseServer.start(0, QUIET)) {
            try (Socket hasty = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                hasty.getOutputStream().write("a".repeat(200_000).getBytes(StandardCharsets.US_ASCII));
            }
            await("the hasty client's child has ended").atMost(Duration.ofSeconds(10))
                    .until(() -> server.childPids().isEmpty());
            assertThat(UpperCaseClient.talk(server.port(), List.of("next"))).containsExactly("NEXT");
        }
    }

    @Test
    @DisplayName("close() with clients still connected ends every child before it returns; clients see the end")
    void closeEndsEverything() throws Exception {
        UpperCaseServer server = UpperCaseServer.start(0, QUIET);
        try (Socket one = new Socket(InetAddress.getLoopbackAddress(), server.port());
             Socket two = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            assertThat(exchange(one, "1")).isEqualTo("1");
            assertThat(exchange(two, "2")).isEqualTo("2");
            List<Long> children = server.childPids();
            assertThat(children).hasSize(2);
            server.close();
            assertThat(children).allSatisfy(pid -> assertThat(Liveness.hasEnded(pid)).as("child %d ended", pid).isTrue());
            assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
            one.setSoTimeout(10_000);
            assertThat(readOrEnd(one.getInputStream())).as("the client reads the end of the stream").isEqualTo(-1);
            assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), server.port()).close())
                    .as("nobody listens any more").isInstanceOf(IOException.class);
        } finally {
            server.close();
        }
    }

    @Test
    @DisplayName("the server listens on 127.0.0.1 only and rejects impossible ports")
    void loopbackAndPorts() throws Exception {
        try (UpperCaseServer server = UpperCaseServer.start(0, QUIET)) {
            assertThat(server.port()).isPositive();
        }
        assertThatThrownBy(() -> UpperCaseServer.start(-1, QUIET)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> UpperCaseServer.start(65_536, QUIET)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65536");
    }

    @Test
    @DisplayName("server and client mains: lines go up and come back upper-cased; SIGTERM to the server ends its children too")
    void mainsEndToEnd() throws Throwable {
        CompletableFuture<Integer> port = new CompletableFuture<>();
        List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        JavaProcess server = new JavaProcess(UpperCaseServer.class, List.of("0"), "server").forwardOutput(line -> {
            log.add(line);
            Matcher m = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)").matcher(line);
            if (m.matches()) {
                port.complete(Integer.parseInt(m.group(1)));
            }
        }, log::add);
        server.start();
        try {
            int serverPort = port.get(20, TimeUnit.SECONDS);
            var client = DemoRunner.run(UpperCaseClient.class, "hello\n\n   \n  héllo wörld \n", String.valueOf(serverPort));
            assertThat(client.lines()).containsExactly("HELLO", "HéLLO WöRLD");

            // A connection still open when the server is told to stop.
            try (Socket open = new Socket(InetAddress.getLoopbackAddress(), serverPort)) {
                assertThat(exchange(open, "q")).isEqualTo("Q");
                server.terminate();
                assertThat(server.join(Duration.ofSeconds(20))).isTrue();
            }
            assertThat(server.exitCode()).as("the server's shutdown hook ran and the JVM exited: -15").hasValue(-15);
            assertThat(log).anyMatch(l -> l.matches("conn-2: /127\\.0\\.0\\.1:\\d+ connected, child pid \\d+"));
            for (String line : log) {
                Matcher m = Pattern.compile("conn-\\d+: .* connected, child pid (\\d+)").matcher(line);
                if (m.matches()) {
                    long pid = Long.parseLong(m.group(1));
                    await("connection child " + pid + " has ended").atMost(Duration.ofSeconds(5)).until(() -> Liveness.hasEnded(pid));
                }
            }
        } finally {
            server.kill();
            server.join(Duration.ofSeconds(10));
        }
    }

    @Test
    @DisplayName("bad arguments get a usage line and exit code 2; an unreachable server exit code 1")
    void usage() throws Exception {
        var server = DemoRunner.runInNewJvm(UpperCaseServer.class, "", "port");
        assertThat(server.exitCode()).isEqualTo(2);
        assertThat(server.err()).startsWith("usage: UpperCaseServer");
        var client = DemoRunner.runInNewJvm(UpperCaseClient.class, "", "0");
        assertThat(client.exitCode()).isEqualTo(2);
        assertThat(client.err()).startsWith("usage: UpperCaseClient");
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        var refused = DemoRunner.runInNewJvm(UpperCaseClient.class, "hi\n", String.valueOf(closedPort));
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("cannot talk to 127.0.0.1:" + closedPort);
    }

    /** Sends the text and reads exactly as many bytes back. */
    private static String exchange(Socket socket, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        while (reply.size() < bytes.length) {
            int b = in.read();
            if (b == -1) {
                throw new IOException("connection ended after " + reply.size() + " bytes");
            }
            reply.write(b);
        }
        return reply.toString(StandardCharsets.UTF_8);
    }

    private static int readOrEnd(InputStream in) {
        try {
            return in.read();
        } catch (IOException e) {
            return -1;                          // a reset is an end too
        }
    }
}

package course.bench;

import course.bench.ServerLoad.Kind;
import course.bench.ServerLoad.Plan;
import course.bench.ServerLoad.Result;
import course.bench.ServerLoad.Server;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The load harness of docs/reliability.md, run with tiny counts against every server. */
@DisplayName("The server load harness")
class ServerLoadTest {

    private static Plan tiny(Kind kind) {
        return kind == Kind.PROCESS_PER_CONNECTION ? new Plan(3, 3, 2, 3) : new Plan(20, 5, 5, 10);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    @Timeout(60)
    @DisplayName("verifies every reply of every server, counts right, and leaves nothing running")
    void everyServer(Kind kind) throws Exception {
        Plan plan = tiny(kind);
        Result result = ServerLoad.run(kind, plan, Duration.ofSeconds(45));

        assertThat(result.problem()).isNull();
        assertThat(result.timedOut()).isFalse();
        assertThat(result.connections().verified()).isEqualTo(plan.connections());
        assertThat(result.connections().failed()).isZero();
        assertThat(result.messages().verified()).isEqualTo(plan.clients() * (plan.messagesPerClient() + 1));
        assertThat(result.messages().failed()).isZero();
        assertThat(result.messages().medianMillis()).isPositive().isLessThanOrEqualTo(result.messages().p99Millis());
        assertThat(result.connections().perSecond()).isPositive();
        assertThat(result.childProcessesLeft()).isZero();
        assertThat(result.serverThreadsLeft()).isLessThanOrEqualTo(0);
        assertThat(result.clean()).isTrue();
        assertThat(ServerLoad.page(List.of(result)))
                .contains("| " + kind.title + " | " + plan.connections() + " | ")
                .contains("Every reply of this run was verified");
    }

    @Test
    @Timeout(20)
    @DisplayName("counts a wrong reply as failed: a server that echoes without upper-casing fails every check")
    void wrongRepliesAreFailures() throws Exception {
        ServerSocket listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = Thread.ofPlatform().name("plain-echo").start(() -> {
            while (!listener.isClosed()) {
                try {
                    Socket socket = listener.accept();
                    Thread.ofVirtual().start(() -> echo(socket));
                } catch (IOException e) {
                    return;                        // listener closed
                }
            }
        });
        Server plainEcho = new Server(listener::getLocalPort, () -> {
            listener.close();
            acceptor.join();
        }, () -> 0);
        Plan plan = new Plan(4, 2, 2, 3);

        Result result = ServerLoad.measure(Kind.VIRTUAL_THREADS, plainEcho, plan, Duration.ofSeconds(10));

        assertThat(result.connections().verified()).isZero();
        assertThat(result.connections().failed()).isEqualTo(4);
        assertThat(result.messages().verified()).isZero();
        assertThat(result.messages().failed()).isEqualTo(2 * (3 + 1));
        assertThat(result.clean()).isFalse();
        assertThat(ServerLoad.page(List.of(result))).contains("This run was not clean");
    }

    @Test
    @Timeout(20)
    @DisplayName("stops at its time limit and reports a time-out when a server never answers")
    void silentServerTimesOut() throws Exception {
        ServerSocket listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        List<Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread acceptor = Thread.ofPlatform().name("silent").start(() -> {
            while (!listener.isClosed()) {
                try {
                    held.add(listener.accept());   // accepted, never answered
                } catch (IOException e) {
                    return;
                }
            }
        });
        Server silent = new Server(listener::getLocalPort, () -> {
            listener.close();
            acceptor.join();
            for (Socket socket : held) {
                socket.close();
            }
        }, () -> 0);
        long start = System.nanoTime();

        Result result = ServerLoad.measure(Kind.THREAD_PER_CONNECTION, silent, new Plan(4, 2, 2, 2), Duration.ofSeconds(1));

        assertThat(result.timedOut()).isTrue();
        assertThat(result.connections().verified()).isZero();
        assertThat(result.clean()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(ServerLoad.page(List.of(result))).contains("| **yes** |");
    }

    private static void echo(Socket socket) {
        try (socket) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            for (String line; (line = in.readLine()) != null; ) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            // the client left
        }
    }

    @Test
    @DisplayName("rejects a plan with a count below 1, saying which plan")
    void rejectsEmptyPlans() {
        assertThatThrownBy(() -> new Plan(0, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}

package course.ch03.s04_socket_server;

import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§3.4 Concurrent socket server (并发的套接字通信) demos")
class SocketServerDemosTest {

    @Test
    @DisplayName("ServerAndTwoClients: two clients get their replies, and no child process is left after close")
    void socketDemo() throws Throwable {
        var lines = DemoRunner.run(ServerAndTwoClients.class, "").lines();
        assertThat(lines.getFirst()).matches("server listening on 127\\.0\\.0\\.1:\\d+");
        assertThat(lines).contains(
                "client A sent [hello, how are you] and got [HELLO, HOW ARE YOU]",
                "client B sent [python, 多进程 and java] and got [PYTHON, 多进程 AND JAVA]");
        assertThat(lines.getLast()).isEqualTo("server closed; child processes still running: 0");
    }
}

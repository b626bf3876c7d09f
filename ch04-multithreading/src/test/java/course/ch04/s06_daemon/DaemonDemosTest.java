package course.ch04.s06_daemon;

import course.kit.test.DemoRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§4.6 Daemon threads (守护线程) demos")
class DaemonDemosTest {

    @AfterAll
    static void noChildProcessLeft() {
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    @DisplayName("DaemonThreads: a fresh JVM ends without the daemon's and the virtual thread's 'done', but waits for a user thread")
    void daemonThreads() throws Throwable {
        var lines = DemoRunner.run(DaemonThreads.class, "").lines();
        assertThat(lines).hasSize(13);
        assertThat(lines.subList(0, 8)).containsExactly(
                "--- daemon thread, in a fresh JVM",
                "daemon: start",
                "main: done",
                "exit code 0; the daemon's \"done\" line never printed",
                "--- virtual thread, in a fresh JVM",
                "virtual: start (daemon=true)",
                "main: done",
                "exit code 0; the virtual thread's \"done\" line never printed");
        assertThat(lines.subList(8, 10)).containsExactly("--- user thread, in a fresh JVM", "user: start");
        // main's last line and the user thread's "done" may come in either order.
        assertThat(lines.subList(10, 12)).containsExactlyInAnyOrder("main: done", "user: done");
        assertThat(lines.get(12)).isEqualTo("exit code 0; the JVM waited for the user thread");
    }

    @Test
    @DisplayName("DaemonThreads.Child with an unknown kind prints a usage line and exits with code 2")
    void childUsage() throws Exception {
        var result = DemoRunner.runInNewJvm(DaemonThreads.Child.class, "", "zombie");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).startsWith("usage:").doesNotContain("\n");
    }
}

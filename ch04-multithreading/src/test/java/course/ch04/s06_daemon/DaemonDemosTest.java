package course.ch04.s06_daemon;

import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§4.6 Daemon threads (守护线程) demos")
class DaemonDemosTest {

    @Test
    @DisplayName("DaemonThreads: a fresh JVM ends without the daemon's and the virtual thread's 'done', but waits for a user thread")
    void daemonThreads() throws Throwable {
        var lines = DemoRunner.run(DaemonThreads.class, "").lines();
        var expected = DemoHeader.of(DaemonThreads.class).expected();
        assertThat(expected).as("the header's Expected block").hasSize(13).contains("user: done");
        assertThat(lines).hasSameSizeAs(expected);
        assertThat(lines.subList(0, 10)).containsExactlyElementsOf(expected.subList(0, 10));
        // main's last line and the user thread's "done" may come in either order.
        assertThat(lines.subList(10, 12)).containsExactlyInAnyOrderElementsOf(expected.subList(10, 12));
        assertThat(lines.get(12)).isEqualTo(expected.get(12));
    }

    @Test
    @DisplayName("DaemonThreads.Child with an unknown kind prints a usage line and exits with code 2")
    void childUsage() throws Exception {
        var result = DemoRunner.runInNewJvm(DaemonThreads.Child.class, "", "zombie");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).startsWith("usage:").doesNotContain("\n");
    }
}

package course.ch03.s08_daemon;

import course.ch03.process.Liveness;
import course.kit.ChildJvm;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@DisplayName("§3.8 Daemon processes (守护进程)")
class DaemonDemosTest {

    @Test
    @DisplayName("DaemonEndsWithParent: the daemon may not have children, and is gone once its parent JVM has exited normally")
    void endsWithItsParent() throws Exception {
        var result = DemoRunner.runInNewJvm(DaemonEndsWithParent.class, "");
        assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isZero();
        var lines = result.lines();
        Matcher last = Pattern.compile("main: the worker has ended; when this JVM exits, its shutdown hook terminates the daemon \\(pid (\\d+)\\)")
                .matcher(lines.getLast());
        assertThat(last.matches()).as(lines.getLast()).isTrue();
        String daemon = "daemon (pid " + last.group(1) + ")";
        assertThat(lines).containsExactlyInAnyOrder(
                daemon + ": daemon=true, trying to start a child of my own",
                daemon + ": IllegalStateException: daemonic processes are not allowed to have children",
                daemon + ": sleeping 10 minutes; my parent's end will end me first",
                "My name is worker",
                lines.getLast());
        long pid = Long.parseLong(last.group(1));
        await("the daemon child has ended").atMost(Duration.ofSeconds(5)).until(() -> Liveness.hasEnded(pid));
    }

    @Test
    @DisplayName("a daemon child ends when its parent JVM is killed with SIGKILL (no shutdown hook can run)")
    void endsWhenItsParentIsKilled() throws Exception {
        Process parent = ChildJvm.builder(DaemonParent.class).redirectErrorStream(true).start();
        long daemon = -1;
        try {
            parent.getOutputStream().close();
            BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith(DaemonParent.PID_LINE)) {
                    daemon = Long.parseLong(line.substring(DaemonParent.PID_LINE.length()));
                    break;
                }
            }
            assertThat(daemon).as("pid reported by the intermediate parent").isPositive();
            assertThat(Liveness.hasEnded(daemon)).as("the daemon runs before its parent is killed").isFalse();

            ProcessHandle.of(parent.pid()).orElseThrow().destroyForcibly();
            assertThat(parent.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(parent.exitValue()).as("killed by SIGKILL: 128 + 9").isEqualTo(137);

            long pid = daemon;
            await("the orphaned daemon child has ended").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> Liveness.hasEnded(pid));
        } finally {
            parent.destroyForcibly();
            parent.waitFor(10, TimeUnit.SECONDS);
            if (daemon > 0) {
                ProcessHandle.of(daemon).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    @Test
    @DisplayName("ParentKilledDaemonEnds: reports the parent's -9 and the daemon child's end")
    void killedDemo() throws Throwable {
        var lines = DemoRunner.run(ParentKilledDaemonEnds.class, "").lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("parent \\(pid \\d+\\) started a daemon child \\(pid \\d+\\)");
        assertThat(lines.get(1)).isEqualTo("parent killed with SIGKILL: exitCode -9, so no shutdown hook of the parent ran");
        assertThat(lines.get(2)).matches("daemon child \\(pid \\d+\\) noticed and ended \\d+ ms later");
    }
}

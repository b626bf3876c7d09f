package course.ch03.s11_mutex;

import course.kit.ChildJvm;
import course.kit.Pace;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§3.11 Process synchronisation: mutex (进程同步(互斥锁)) demos")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class MutexDemosTest {

    private static final Pattern LINE = Pattern.compile("  pid (\\d+) is (running|done)");
    private static final Pattern COUNT = Pattern.compile(
            "(.*): (\\d+) processes x (\\d+) increments = (\\d+) \\(expected (\\d+), (-?\\d+) updates lost\\)");

    @Test
    @DisplayName("SharedOutputLock: with the FileLock each child's two lines come as a pair; without it all lines still appear")
    void mutexDemo() throws Throwable {
        List<String> lines = DemoRunner.run(SharedOutputLock.class, "").lines();
        assertThat(lines).hasSize(16);
        assertThat(lines.get(0)).isEqualTo("without a lock: 3 child JVMs append to one file");
        assertThat(lines.get(8)).isEqualTo("with a FileLock: 3 child JVMs append to one file");
        assertThat(lines.get(7)).matches("  took \\d+\\.\\d s");
        assertThat(lines.get(15)).matches("  took \\d+\\.\\d s");

        // Without the lock any interleaving is allowed: every child says both lines, running first.
        List<String[]> unlocked = parse(lines.subList(1, 7));
        Set<String> pids = new HashSet<>();
        for (String[] entry : unlocked) {
            pids.add(entry[0]);
        }
        assertThat(pids).hasSize(3);
        for (String pid : pids) {
            List<String> states = unlocked.stream().filter(e -> e[0].equals(pid)).map(e -> e[1]).toList();
            assertThat(states).as("lines of pid %s", pid).containsExactly("running", "done");
        }

        // With the lock: running/done pairs, one child after another.
        List<String[]> locked = parse(lines.subList(9, 15));
        Set<String> lockedPids = new HashSet<>();
        for (int pair = 0; pair < 3; pair++) {
            String[] first = locked.get(2 * pair);
            String[] second = locked.get(2 * pair + 1);
            assertThat(first[1]).as("pair %d starts with running", pair).isEqualTo("running");
            assertThat(second).as("pair %d", pair).containsExactly(first[0], "done");
            lockedPids.add(first[0]);
        }
        assertThat(lockedPids).hasSize(3);
    }

    @Test
    @DisplayName("LostCounterUpdates: without the lock the count is at most the expected total; with it, exactly the total")
    void fileCounterDemo() throws Throwable {
        List<String> lines = DemoRunner.run(LostCounterUpdates.class, "", "2", "300").lines();
        assertThat(lines).hasSize(2);
        Matcher unlocked = COUNT.matcher(lines.get(0));
        Matcher locked = COUNT.matcher(lines.get(1));
        assertThat(unlocked.matches()).as(lines.get(0)).isTrue();
        assertThat(locked.matches()).as(lines.get(1)).isTrue();
        assertThat(unlocked.group(1)).isEqualTo("without a lock");
        assertThat(Long.parseLong(unlocked.group(4))).as("unlocked count (lost updates allowed)").isBetween(1L, 600L);
        assertThat(Long.parseLong(unlocked.group(6))).as("lost updates").isEqualTo(600L - Long.parseLong(unlocked.group(4)));
        assertThat(lines.get(1)).isEqualTo("with a FileLock: 2 processes x 300 increments = 600 (expected 600, 0 updates lost)");
    }

    @Test
    @DisplayName("LostCounterUpdates: a bad argument gets a usage line and exit code 2")
    void fileCounterUsage() throws Exception {
        var result = DemoRunner.runInNewJvm(LostCounterUpdates.class, "", "many");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).startsWith("usage: LostCounterUpdates").doesNotContain("\n");
    }

    @Test
    @DisplayName("the OS releases a FileLock when the process holding it is killed")
    void lockReleasedWhenHolderIsKilled(@TempDir Path dir) throws Exception {
        Path lockFile = dir.resolve("lock");
        // The same Announcer, slowed down so that it holds the lock until we kill it.
        List<String> command = new ArrayList<>(ChildJvm.command(Announcer.class, lockFile.toString()));
        command.replaceAll(arg -> arg.equals(Pace.jvmOption()) ? "-D" + Pace.PROPERTY + "=1000" : arg);
        Process holder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = holder.inputReader(StandardCharsets.UTF_8);
             FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            assertThat(out.readLine()).as("the holder has the lock").isEqualTo("pid " + holder.pid() + " is running");
            assertThat(channel.tryLock()).as("tryLock while another process holds it").isNull();

            holder.destroyForcibly();
            assertThat(holder.waitFor(10, TimeUnit.SECONDS)).isTrue();

            try (FileLock lock = channel.tryLock()) {
                assertThat(lock).as("tryLock after the holder was killed").isNotNull();
            }
        } finally {
            holder.destroyForcibly();
            holder.waitFor();
        }
    }

    private static List<String[]> parse(List<String> lines) {
        List<String[]> entries = new ArrayList<>();
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            entries.add(new String[] {m.group(1), m.group(2)});
        }
        return entries;
    }
}

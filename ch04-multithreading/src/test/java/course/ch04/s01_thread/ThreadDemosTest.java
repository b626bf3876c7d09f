package course.ch04.s01_thread;

import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§4.1 What is a thread (什么是线程) demos")
class ThreadDemosTest {

    @Test
    @DisplayName("SamePid: the calling thread and three workers all print this JVM's pid, one distinct pid")
    void samePid() throws Throwable {
        long pid = ProcessHandle.current().pid();
        String caller = Thread.currentThread().getName();      // "main" when a learner runs it
        var lines = DemoRunner.run(SamePid.class, "").lines();
        assertThat(lines).hasSize(5);
        assertThat(lines.getFirst()).isEqualTo(caller + ": pid " + pid);
        assertThat(lines.subList(1, 4)).containsExactlyInAnyOrder(
                "worker-1: pid " + pid, "worker-2: pid " + pid, "worker-3: pid " + pid);
        assertThat(lines.getLast()).isEqualTo("4 threads reported 1 distinct pid: one process, several threads");
    }

    @Test
    @DisplayName("JvmThreads: names the current thread and lists the JVM's own threads beside the worker")
    void jvmThreads() throws Throwable {
        var result = DemoRunner.run(JvmThreads.class, "");
        String current = Thread.currentThread().getName();
        assertThat(result.lines().getFirst()).isEqualTo("this code runs in thread '" + current + "'");
        assertThat(result.lines().get(1)).matches("live Java threads in this JVM \\(\\d+\\):");
        // Each listed thread: daemon or user, its state, its name; sorted by name.
        Pattern row = Pattern.compile("  (daemon|user) +([A-Z_]+) +(.+)");
        List<Matcher> rows = result.lines().stream().map(row::matcher).filter(Matcher::matches).toList();
        List<String> names = rows.stream().map(m -> m.group(3)).toList();
        assertThat(names).isSortedAccordingTo(String::compareTo).contains("Reference Handler", "worker-1", current);
        assertThat(rows).anySatisfy(m -> assertThat(m.group(0)).matches("  user +WAITING +worker-1"))
                .anySatisfy(m -> assertThat(m.group(0)).isEqualTo(
                        "  %-6s  %-13s  %s".formatted(Thread.currentThread().isDaemon() ? "daemon" : "user", "RUNNABLE", current)))
                .anySatisfy(m -> assertThat(m.group(0)).matches("  daemon +[A-Z_]+ +Reference Handler"));
        assertThat(result.out()).containsPattern("ThreadMXBean: \\d+ live threads, \\d+ of them daemons, peak \\d+");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    @DisplayName("JvmThreads: on Linux, counts the operating-system threads in /proc/self/task")
    void osThreads() throws Throwable {
        assertThat(DemoRunner.run(JvmThreads.class, "").lines().getLast())
                .matches("the operating system sees [1-9]\\d* threads in /proc/self/task \\(GC and JIT threads included\\)");
    }
}

package course.ch04.s01_thread;

import course.ch04.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

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
        assertThat(result.out())
                .containsPattern("live Java threads in this JVM \\(\\d+\\):")
                .containsPattern("\n  Reference Handler +daemon +\\w+\n")
                .containsPattern("\n  worker-1 +user +WAITING\n")
                .containsPattern("\n  " + java.util.regex.Pattern.quote(current) + " +(user|daemon) +RUNNABLE\n")
                .containsPattern("ThreadMXBean: \\d+ live threads, \\d+ of them daemons, peak \\d+");
        // The listed threads are sorted by name.
        var listed = result.lines().stream().filter(l -> l.startsWith("  ")).map(l -> l.strip().split(" {2,}")[0]).toList();
        assertThat(listed).isSortedAccordingTo(String::compareTo).contains("worker-1", current);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    @DisplayName("JvmThreads: on Linux, counts the operating-system threads in /proc/self/task")
    void osThreads() throws Throwable {
        assertThat(DemoRunner.run(JvmThreads.class, "").lines().getLast())
                .matches("the operating system sees [1-9]\\d* threads in /proc/self/task \\(GC and JIT threads included\\)");
    }
}

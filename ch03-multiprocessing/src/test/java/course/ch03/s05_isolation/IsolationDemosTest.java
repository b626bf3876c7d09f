package course.ch03.s05_isolation;

import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§3.5 Memory isolation (进程之间的内存空间是隔离的) demo")
class IsolationDemosTest {

    @Test
    @DisplayName("the child sets n = 1 in its own JVM; the parent still prints 100, until it calls run() itself")
    void isolation() throws Throwable {
        var lines = DemoRunner.run(MemoryIsolation.class, "").lines();
        long me = ProcessHandle.current().pid();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).matches("run\\(\\) in pid \\d+ set n = 1").isNotEqualTo("run() in pid " + me + " set n = 1");
        assertThat(lines.subList(1, 4)).containsExactly(
                "parent (pid " + me + ") after start() and join(): n = 100",
                "run() in pid " + me + " set n = 1",
                "parent (pid " + me + ") after calling run() itself: n = 1");
    }
}

package course.ch04.s02_vs_process;

import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§4.2 Threads vs processes (线程与进程的区别) demos")
class VsProcessDemosTest {

    private static final String NUMBER = " +\\d+\\.\\d";

    @Test
    @DisplayName("StartCost prints a header and one row each for platform threads, virtual threads and child JVMs")
    void tableShape() throws Throwable {
        // Only the shape is checked: timings depend on the machine and its load.
        var result = DemoRunner.run(StartCost.class, "", "200", "2");
        assertThat(result.lines()).hasSize(4);
        assertThat(result.lines().get(0)).matches("what +count +total ms +per start µs");
        assertThat(result.lines().get(1)).matches("platform threads +200" + NUMBER + NUMBER);
        assertThat(result.lines().get(2)).matches("virtual threads +200" + NUMBER + NUMBER);
        assertThat(result.lines().get(3)).matches("child JVMs +2" + NUMBER + NUMBER);
        assertThat(result.err()).isEmpty();
    }

    @Test
    @DisplayName("StartCost rejects a count that is not a number with a usage line and exit code 2")
    void usage() throws Exception {
        var result = DemoRunner.runInNewJvm(StartCost.class, "", "many");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).startsWith("usage: StartCost").doesNotContain("\n");
        assertThat(result.out()).isEmpty();
    }
}

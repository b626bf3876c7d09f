package course.ch03.s02_process;

import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§3.2 The Process class (Process类) demos")
class ProcessDemosTest {

    @Test
    @DisplayName("ProcessApiTour: states before and after start, -15 after terminate, start twice refused, exit codes 3 and 1")
    void tour() throws Throwable {
        var lines = DemoRunner.run(ProcessApiTour.class, "").lines();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("before start: name=sleeper daemon=false isAlive=false exitCode=OptionalInt.empty");
        assertThat(lines.get(1)).matches("after start: pid=\\d+ isAlive=true exitCode=OptionalInt.empty");
        assertThat(lines.subList(2, 6)).containsExactly(
                "after terminate() and join(): isAlive=false exitCode=-15",
                "start() again: IllegalStateException: cannot start a process twice",
                "a child that exits with 3: exitCode=3",
                "a child that throws: exitCode=1, its stderr starts with: Exception in thread \"main\" java.lang.IllegalStateException: no config file");
    }

    @Test
    @DisplayName("BareProcessBuilder: the bare command and ProcessBuilder run, then the same with JavaProcess")
    void raw() throws Throwable {
        var lines = DemoRunner.run(BareProcessBuilder.class, "").lines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("command: java -XX:TieredStopAtLevel=1")
                .endsWith(" -cp <class path> course.ch03.s03_using.Greeter Yim");
        assertThat(lines.get(1)).matches("raw ProcessBuilder: pid \\d+, said \"My name is Yim\", exit value 0");
        assertThat(lines.get(2)).startsWith("JavaProcess command: java -Dcourse.processName=greeter ")
                .endsWith(" course.ch03.process.ChildMain main course.ch03.s03_using.Greeter Jim");
        assertThat(lines.get(3)).matches("JavaProcess: pid \\d+, said \"My name is Jim\", exit code 0");
    }

    @Test
    @DisplayName("StartCost: times start + join of trivial children and reports the median")
    void startCost() throws Throwable {
        var lines = DemoRunner.run(StartCost.class, "", "2").lines();
        assertThat(lines).singleElement().asString()
                .matches("2 child JVMs, start \\+ join each: median \\d+ ms \\(min \\d+ ms, max \\d+ ms\\), all exit codes 0: true");
    }

    @Test
    @DisplayName("StartCost: a bad number of runs gets a usage line and exit code 2")
    void startCostUsage() throws Exception {
        var result = DemoRunner.runInNewJvm(StartCost.class, "", "none");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("usage: StartCost");
    }
}

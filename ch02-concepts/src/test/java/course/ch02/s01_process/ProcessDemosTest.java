package course.ch02.s01_process;

import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§2.1 What is a process (什么是进程) demos")
class ProcessDemosTest {

    @Test
    @DisplayName("ProcessFacts prints this JVM's own pid, parent, command, start, CPU time, user and resources")
    void printsThisJvmsFacts() throws Throwable {
        ProcessHandle me = ProcessHandle.current();
        var lines = DemoRunner.run(ProcessFacts.class, "").lines();

        assertThat(lines).first().isEqualTo("This JVM is one process. What the operating system knows about it:");
        assertThat(lines).contains(
                "  pid:             " + me.pid(),
                "  parent pid:      " + me.parent().orElseThrow().pid(),
                "  command:         " + me.info().command().orElse(ProcessFacts.UNKNOWN),
                "  user:            " + me.info().user().orElse(ProcessFacts.UNKNOWN),
                "Resources it was given:",
                "  processors:      " + Runtime.getRuntime().availableProcessors());
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("  started at: {6}\\d{4}-\\d\\d-\\d\\dT[\\d:.]+ \\(local time\\)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("  CPU time so far: \\d+ ms"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("  max heap: {8}\\d+ MiB"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("  live threads: {4}[1-9]\\d*"));
    }

    @Test
    @DisplayName("a long class path is shown as its number of entries, every other argument as it is")
    void shortensTheClassPath() {
        String classPath = String.join(java.io.File.pathSeparator, "a.jar", "b.jar", "classes");
        assertThat(ProcessFacts.describeArguments(new String[] {"-Dx=1", "-cp", classPath, "Main", "arg"}))
                .isEqualTo("-Dx=1 -cp <class path: 3 entries> Main arg");
        assertThat(ProcessFacts.describeArguments(new String[] {"--class-path", "one.jar"}))
                .isEqualTo("--class-path <class path: 1 entry>");
        assertThat(ProcessFacts.describeArguments(new String[0])).isEqualTo("(none)");
    }
}

package course.ch02.s02_program;

import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§2.2 Process vs program (进程与程序的区别) demos")
class ProgramDemosTest {

    static final long ME = ProcessHandle.current().pid();

    @Test
    @Timeout(20)
    @DisplayName("OneProgramThreeProcesses: the same main class runs as three children with three different pids")
    void oneProgramThreeProcesses() throws Throwable {
        List<String> lines = DemoRunner.run(OneProgramThreeProcesses.class, "").lines();
        assertThat(lines).hasSize(5);

        Set<Long> pids = new HashSet<>();
        for (int run = 1; run <= 3; run++) {
            Matcher m = Pattern.compile("  child " + run + " \\(pid (\\d+)\\) printed: WhoAmI \"run " + run
                    + "\": pid (\\d+), parent (\\d+)").matcher(lines.get(run));
            assertThat(m.matches()).as("line %d: %s", run, lines.get(run)).isTrue();
            assertThat(m.group(2)).as("the pid the child reports is the pid the parent started").isEqualTo(m.group(1));
            assertThat(Long.parseLong(m.group(3))).as("the child's parent is this JVM").isEqualTo(ME);
            pids.add(Long.parseLong(m.group(1)));
        }
        assertThat(pids).hasSize(3).doesNotContain(ME);
        assertThat(lines.getLast()).endsWith("this JVM (pid " + ME + ") as parent.");
        // Apart from the pids, the run is the header's.
        assertThat(pidsMasked(lines)).containsExactlyElementsOf(pidsMasked(DemoHeader.of(OneProgramThreeProcesses.class).expected()));
    }

    /** "pid 4711", "parent 4700" → "pid N", "parent N". */
    static List<String> pidsMasked(List<String> lines) {
        return lines.stream().map(line -> line.replaceAll("\\b(pid|parent) \\d+", "$1 N")).toList();
    }

    @Test
    @Timeout(20)
    @DisplayName("OneProcessManyPrograms: two programs run inside the host's one pid, java -version in a new one")
    void oneProcessManyPrograms() throws Throwable {
        List<String> lines = DemoRunner.run(OneProcessManyPrograms.class, "").lines();
        Matcher first = Pattern.compile("This JVM \\(pid " + ME + "\\) started the host process, pid (\\d+)\\. The host printed:")
                .matcher(lines.getFirst());
        assertThat(first.matches()).as(lines.getFirst()).isTrue();
        String host = first.group(1);

        assertThat(lines.subList(1, 6)).containsExactly(
                "  | host pid " + host + ": program 1, course.ch02.s02_program.WhoAmI, runs inside this process",
                "  | WhoAmI \"inside the host\": pid " + host + ", parent " + ME,
                "  | host pid " + host + ": program 2, the jar tool, runs inside this process",
                "  | jar " + System.getProperty("java.version"),
                "  | host pid " + host + ": program 3, java -version, runs as a child process");
        Matcher version = Pattern.compile("  \\| child pid (\\d+) printed: .*version \"" + Pattern.quote(System.getProperty("java.version")) + "\".*")
                .matcher(lines.get(6));
        assertThat(version.matches()).as(lines.get(6)).isTrue();
        assertThat(version.group(1)).as("java -version ran in a process of its own").isNotIn(host, String.valueOf(ME));
        assertThat(lines.subList(7, lines.size())).containsExactly("The host ended with exit code 0.");
    }
}

package course.ch02.s09_pcb;

import course.kit.test.DemoRunner;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§2.9 Implementing process concurrency (进程并发的实现) demos")
class PcbDemosTest {

    @Test
    @DisplayName("PsListing lists the processes that used most CPU time, and always this JVM, marked with *")
    void psListing() throws Throwable {
        long me = ProcessHandle.current().pid();
        List<String> lines = DemoRunner.run(PsListing.class, "", "3").lines();
        assertThat(lines.get(0)).matches("allProcesses\\(\\): \\d+ processes visible; the 3 that used the most CPU time, and this JVM \\(\\*\\):");
        assertThat(lines.get(1)).isEqualTo("       PID     PPID USER          CPU ms START     COMMAND");
        List<String> rows = lines.subList(2, lines.size());
        assertThat(rows).hasSizeBetween(3, 4);
        Pattern row = Pattern.compile("([* ]) +(\\d+) +(\\d+|-) (.{10}) +(\\d+|\\?) (\\d\\d:\\d\\d:\\d\\d|\\?) +(.+)");
        long marked = 0;
        long previousCpu = Long.MAX_VALUE;
        for (int i = 0; i < rows.size(); i++) {
            Matcher m = row.matcher(rows.get(i));
            assertThat(m.matches()).as(rows.get(i)).isTrue();
            if (m.group(1).equals("*")) {
                marked++;
                assertThat(Long.parseLong(m.group(2))).isEqualTo(me);
            }
            if (i < 3 && !m.group(5).equals("?")) {
                long cpu = Long.parseLong(m.group(5));
                assertThat(cpu).as("the first rows come in order of CPU time").isLessThanOrEqualTo(previousCpu);
                previousCpu = cpu;
            }
        }
        assertThat(marked).as("rows marked as this JVM").isEqualTo(1);
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = "/proc/self/status and /proc/thread-self/status exist only on Linux")
    @DisplayName("ProcStatusBeforeAfter: the reading thread is R, the switch counters never go down, sleeping adds voluntary switches")
    void procStatus() throws Throwable {
        List<String> lines = DemoRunner.run(ProcStatusBeforeAfter.class, "").lines();
        assertThat(lines.getFirst()).matches("field +before +after");
        Map<String, String[]> table = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(" {2,}");
            assertThat(cells).as(line).hasSize(3);
            table.put(cells[0], new String[] {cells[1], cells[2]});
        }
        assertThat(table.keySet()).containsExactly(
                "State (process: its first thread)", "Threads (process)", "VmRSS (process)",
                "open files (process: /proc/self/fd)", "voluntary_ctxt_switches (process: first thread)",
                "State (this thread)",
                "voluntary_ctxt_switches (this thread)", "nonvoluntary_ctxt_switches (this thread)");
        // A thread that reads its own status is running at that moment: always R.
        assertThat(table.get("State (this thread)")).containsExactly("R (running)", "R (running)");
        assertThat(table.get("State (process: its first thread)")).allSatisfy(s -> assertThat(s).matches("[A-Za-z] \\(.+\\)"));
        assertThat(table.get("VmRSS (process)")).allSatisfy(s -> assertThat(s).matches("\\d+ kB"));
        assertThat(number(table, "Threads (process)", 1)).as("main and the four parked helpers")
                .isGreaterThanOrEqualTo(ProcStatusBeforeAfter.HELPERS + 1);
        assertThat(number(table, "voluntary_ctxt_switches (this thread)", 1)).as("20 sleeps give the CPU up")
                .isGreaterThan(number(table, "voluntary_ctxt_switches (this thread)", 0));
        assertThat(number(table, "voluntary_ctxt_switches (process: first thread)", 1))
                .isGreaterThanOrEqualTo(number(table, "voluntary_ctxt_switches (process: first thread)", 0));
        assertThat(number(table, "nonvoluntary_ctxt_switches (this thread)", 1))
                .isGreaterThanOrEqualTo(number(table, "nonvoluntary_ctxt_switches (this thread)", 0));
    }

    @Test
    @DisabledOnOs(value = OS.LINUX, disabledReason = "on Linux the demo reads /proc (test above)")
    @DisplayName("ProcStatusBeforeAfter elsewhere prints one line saying it needs Linux")
    void procStatusElsewhere() throws Throwable {
        assertThat(DemoRunner.run(ProcStatusBeforeAfter.class, "").lines()).singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("This part needs Linux");
    }

    @Test
    @DisplayName("status lines are read as name and value, white space inside the value folded")
    void statusFields() {
        assertThat(ProcStatusBeforeAfter.fields(List.of("State:\tS (sleeping)", "VmRSS:\t   41236 kB", "no colon here")))
                .containsExactly(Map.entry("State", "S (sleeping)"), Map.entry("VmRSS", "41236 kB"));
    }

    static long number(Map<String, String[]> table, String field, int column) {
        return Long.parseLong(table.get(field)[column]);
    }
}

package course.ch02.s08_states;

import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§2.8 Process states (进程的状态) demos")
class StatesDemosTest {

    @Test
    @DisplayName("ThreadStates observes one thread in all six states, in order")
    void sixThreadStates() throws Throwable {
        assertThat(DemoRunner.run(ThreadStates.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(ThreadStates.class).expected());
    }

    @Test
    @Timeout(20)
    @EnabledOnOs(value = OS.LINUX, disabledReason = "/proc/<pid>/task/<tid>/stat exists only on Linux")
    @DisplayName("ProcStateLetters: Linux reports the spinning thread as R, the waiting one as S, the launcher thread as S")
    void procStateLetters() throws Throwable {
        List<String> lines = DemoRunner.run(ProcStateLetters.class, "").lines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).matches("child JVM pid \\d+ has \\d+ threads; the letters of two of them, sampled 20 times:");
        // Most samples decide the letter shown; a rare sample taken at a safepoint may differ.
        assertThat(lines.get(1)).matches("  spinner  R \\(running or ready\\) +seen .*R×\\d+.*");
        assertThat(lines.get(2)).matches("  sleeper  S \\(sleeping, i\\.e\\. blocked\\) +seen .*S×\\d+.*");
        assertThat(lines.get(3)).matches("  /proc/\\d+/stat, the launcher's first thread: S");
    }

    @Test
    @DisabledOnOs(value = OS.LINUX, disabledReason = "on Linux the demo reads /proc (test above)")
    @DisplayName("ProcStateLetters elsewhere prints one line saying it needs Linux")
    void procStateLettersElsewhere() throws Throwable {
        assertThat(DemoRunner.run(ProcStateLetters.class, "").lines()).singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("This part needs Linux");
    }

    @Test
    @DisplayName("the /proc stat line is split at the last ')', so a thread name may contain spaces and parentheses")
    void parsesStatLines() {
        String stat = "4711 (odd) name (x) S 1 4711 4711 0 -1 4194560";
        assertThat(ProcStateLetters.name(stat)).isEqualTo("odd) name (x");
        assertThat(ProcStateLetters.state(stat)).isEqualTo('S');
        assertThat(ProcStateLetters.state("")).isEqualTo('?');
        assertThat(ProcStateLetters.name("")).isEmpty();
    }
}

package course.ch03.s03_using;

import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§3.3 Using Process (Process类的使用) demos")
class UsingDemosTest {

    @Test
    @DisplayName("TargetAndArgs: two children print 'My name is Yim' and 'My name is Jim'; the parent ends last")
    void target() throws Throwable {
        var lines = DemoRunner.run(TargetAndArgs.class, "").lines();
        List<String> expected = DemoHeader.of(TargetAndArgs.class).expected();
        // The header's lines, the children's in either order; the parent's "ended" line last.
        assertThat(lines).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(lines).last().isEqualTo(expected.getLast());
    }

    @Test
    @DisplayName("SubclassOverridesRun: run() runs in each child, under its own pid, with statics starting afresh")
    void subclass() throws Throwable {
        var lines = DemoRunner.run(SubclassOverridesRun.class, "").lines();
        assertThat(lines).hasSize(3);
        Matcher parent = Pattern.compile("parent \\(pid (\\d+)\\): Yim ran as pid (\\d+), Jim as pid (\\d+)").matcher(lines.get(2));
        assertThat(parent.matches()).as(lines.get(2)).isTrue();
        assertThat(parent.group(1)).isEqualTo(String.valueOf(ProcessHandle.current().pid()));
        assertThat(lines.subList(0, 2)).containsExactlyInAnyOrder(
                "My name is Yim (pid " + parent.group(2) + "; objects of this class made in this JVM: 1)",
                "My name is Jim (pid " + parent.group(3) + "; objects of this class made in this JVM: 1)");
        assertThat(parent.group(2)).isNotEqualTo(parent.group(1)).isNotEqualTo(parent.group(3));
    }

    @Test
    @DisplayName("Greeter: a missing name gets a usage line and exit code 2")
    void greeterUsage() throws Exception {
        var result = DemoRunner.runInNewJvm(Greeter.class, "");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("usage: Greeter");
    }
}

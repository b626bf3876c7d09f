package course.ch03.s07_methods;

import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§3.7 Other methods and attributes (其他方法和属性) demos")
class MethodsDemosTest {

    @Test
    @DisplayName("TerminateOrKill: isAlive turns false by polling; terminate runs the child's hook and gives -15, kill gives -9")
    void terminateAndKill() throws Throwable {
        var lines = DemoRunner.run(TerminateOrKill.class, "").lines();
        String running = "child \\(pid \\d+\\) running; a shutdown hook is installed";
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0)).matches(running);
        // The hook's line comes through the child's pipe, on another thread: it is printed
        // after terminate() and before the end of the polling is reported, in any order with
        // the line about isAlive() right after.
        assertThat(lines.subList(1, 3)).satisfiesExactlyInAnyOrder(
                l -> assertThat(l).matches("terminate\\(\\): isAlive\\(\\) right after: (true|false)"),
                l -> assertThat(l).isEqualTo("child: shutdown hook runs"));
        assertThat(lines.get(3)).matches("terminate\\(\\): isAlive\\(\\) became false after \\d+ ms");
        assertThat(lines.get(4)).isEqualTo("terminate(): exitCode -15");
        assertThat(lines.get(5)).matches(running);
        assertThat(lines.get(6)).matches("kill\\(\\): isAlive\\(\\) right after: (true|false)");
        assertThat(lines.get(7)).matches("kill\\(\\): isAlive\\(\\) became false after \\d+ ms");
        assertThat(lines.get(8)).isEqualTo("kill(): exitCode -9");
    }

    @Test
    @DisplayName("ProcessIds: the child's pid is p.pid(), and the child's parent is this JVM")
    void pids() throws Throwable {
        var lines = DemoRunner.run(ProcessIds.class, "").lines();
        long me = ProcessHandle.current().pid();
        String myParent = ProcessHandle.current().parent().map(h -> String.valueOf(h.pid())).orElse("unknown");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("parent: my pid is " + me + ", my parent's pid is " + myParent);
        Matcher child = Pattern.compile("parent: p.pid\\(\\) is (\\d+)").matcher(lines.get(1));
        assertThat(child.matches()).as(lines.get(1)).isTrue();
        assertThat(lines.get(2)).isEqualTo("child: my pid is " + child.group(1) + ", my parent's pid is " + me);
    }
}

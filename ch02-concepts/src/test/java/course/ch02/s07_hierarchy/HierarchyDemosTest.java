package course.ch02.s07_hierarchy;

import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.OS;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§2.7 Process hierarchy (进程的层次结构) demos")
class HierarchyDemosTest {

    @Test
    @Timeout(25)
    @DisplayName("ProcessTree prints two children and two grandchildren like pstree, walks parent() up, and leaves none behind")
    void tree() throws Throwable {
        long me = ProcessHandle.current().pid();
        List<String> lines = DemoRunner.run(ProcessTree.class, "").lines();
        assertThat(lines).hasSize(8);
        assertThat(lines.get(0)).isEqualTo("java(" + me + ") this JVM");

        // The labels come from each process's command line, which Linux always shows.
        boolean labels = OS.LINUX.isCurrentOs();
        String[] shapes = {
            "├─ java\\((\\d+)\\) " + (labels ? "Branch 0" : ".+"),
            "└─ java\\((\\d+)\\) " + (labels ? "Branch 2" : ".+"),
            "   ├─ java\\((\\d+)\\) " + (labels ? "Branch 0" : ".+"),
            "   └─ java\\((\\d+)\\) " + (labels ? "Branch 0" : ".+"),
        };
        List<Long> pids = new ArrayList<>();
        for (int i = 0; i < shapes.length; i++) {
            Matcher m = Pattern.compile(shapes[i]).matcher(lines.get(i + 1));
            assertThat(m.matches()).as("line %d: %s", i + 1, lines.get(i + 1)).isTrue();
            pids.add(Long.parseLong(m.group(1)));
        }
        assertThat(pids).doesNotHaveDuplicates().doesNotContain(me);
        assertThat(lines.get(5)).isEqualTo("descendants(): 4 processes, 2 of them children");
        long grandchild = Math.min(pids.get(2), pids.get(3));
        assertThat(lines.get(6)).startsWith("parent() upwards from grandchild " + grandchild + ": "
                + grandchild + " → " + pids.get(1) + " → " + me);
        assertThat(lines.get(7)).isEqualTo("after closing the children's input: 0 descendants left");
    }
}

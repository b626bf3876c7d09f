package course.ch02.exercises;

import course.ch02.exercises.PsTree.Row;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Exercise 2.7 · PsTree (hard)")
class PsTreeTest {

    static Row row(long pid, long parentPid, String name) {
        return new Row(pid, parentPid, name);
    }

    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    @DisplayName("the example of the task: nested children and the lines that join them")
    void example() {
        List<Row> rows = List.of(row(1, 0, "init"), row(10, 1, "sshd"), row(11, 1, "cron"),
                row(20, 10, "bash"), row(30, 20, "java"));
        assertThat(PsTree.render(rows)).isEqualTo(lines(
                "init(1)",
                "├─ sshd(10)",
                "│  └─ bash(20)",
                "│     └─ java(30)",
                "└─ cron(11)"));
    }

    @Test
    @DisplayName("one process alone is a root; an empty list draws nothing")
    void smallest() {
        assertThat(PsTree.render(List.of(row(7, 3, "sh")))).isEqualTo("sh(7)\n");
        assertThat(PsTree.render(List.of())).isEmpty();
    }

    @Test
    @DisplayName("rows in any order: roots and children come out sorted by pid")
    void sortsByPid() {
        List<Row> rows = new ArrayList<>(List.of(row(1, 0, "init"), row(12, 1, "c"), row(10, 1, "a"), row(11, 1, "b"),
                row(13, 12, "d")));
        java.util.Collections.reverse(rows);
        assertThat(PsTree.render(rows)).isEqualTo(lines(
                "init(1)",
                "├─ a(10)",
                "├─ b(11)",
                "└─ c(12)",
                "   └─ d(13)"));
    }

    @Test
    @DisplayName("a deep last branch is indented with spaces, a middle branch keeps its vertical line")
    void indentation() {
        List<Row> rows = List.of(row(1, 0, "r"), row(2, 1, "m"), row(3, 2, "m1"), row(4, 2, "m2"), row(5, 4, "m2a"),
                row(6, 1, "l"), row(7, 6, "l1"), row(8, 7, "l1a"), row(9, 6, "l2"));
        assertThat(PsTree.render(rows)).isEqualTo(lines(
                "r(1)",
                "├─ m(2)",
                "│  ├─ m1(3)",
                "│  └─ m2(4)",
                "│     └─ m2a(5)",
                "└─ l(6)",
                "   ├─ l1(7)",
                "   │  └─ l1a(8)",
                "   └─ l2(9)"));
    }

    @Test
    @DisplayName("several roots (parents not in the list) draw several trees, one after the other")
    void forest() {
        List<Row> rows = List.of(row(500, 400, "java"), row(501, 500, "java"), row(300, 1, "bash"), row(301, 300, "ps"));
        assertThat(PsTree.render(rows)).isEqualTo(lines(
                "bash(300)",
                "└─ ps(301)",
                "java(500)",
                "└─ java(501)"));
    }

    @Test
    @DisplayName("two rows with the same pid are rejected, naming the pid")
    void rejectsDuplicates() {
        assertThatThrownBy(() -> PsTree.render(List.of(row(1, 0, "init"), row(5, 1, "a"), row(5, 1, "b"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate").hasMessageContaining("5");
    }

    @Test
    @DisplayName("a process that is its own parent is rejected, saying so and naming it")
    void rejectsSelfParent() {
        assertThatThrownBy(() -> PsTree.render(List.of(row(1, 0, "init"), row(9, 9, "odd"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("own parent").hasMessageContaining("9");
    }

    @Test
    @DisplayName("rows that form a cycle, and so hang below no root, are rejected")
    void rejectsCycles() {
        assertThatThrownBy(() -> PsTree.render(List.of(row(1, 0, "init"), row(5, 6, "a"), row(6, 5, "b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
    }

    @Test
    @DisplayName("a null list, row or name is rejected with a NullPointerException")
    void rejectsNull() {
        assertThatThrownBy(() -> PsTree.render(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PsTree.render(Arrays.asList(row(1, 0, "init"), null)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PsTree.render(List.of(row(1, 0, null)))).isInstanceOf(NullPointerException.class);
    }
}

package course.ch02.exercises;

import java.util.List;

/**
 * Exercise 2.7 · PsTree (hard) — build the process tree from a flat {@code ps} listing and draw
 * it like {@code pstree}.
 *
 * <p><b>Task.</b> Implement {@link #render(List)}. Each {@link Row} is one process: its pid, its
 * parent's pid and its name. A process whose parent is not in the list is a root (so is one
 * whose parent pid is 0). Print every root, sorted by pid, with its descendants below it;
 * children are sorted by pid too. A process is written {@code name(pid)}; below a process, each
 * child but the last starts with {@code "├─ "} and the last with {@code "└─ "}, and the lines
 * under a child are indented by {@code "│  "} if more children follow it, else by {@code "   "}.
 * Every line ends with {@code "\n"}; an empty list gives {@code ""}. For example:
 * <pre>
 * init(1)
 * ├─ sshd(10)
 * │  └─ bash(20)
 * │     └─ java(30)
 * └─ cron(11)
 * </pre>
 * Reject with {@link IllegalArgumentException}: two rows with the same pid (message contains
 * {@code "duplicate"} and the pid), a process that is its own parent (message contains
 * {@code "own parent"} and the pid), and rows that form a cycle and so never hang below a root
 * (message contains {@code "cycle"}). A {@code null} list, row or name: {@link NullPointerException}.
 *
 * <p><b>Hint.</b> Group the rows by parent pid first; then a recursive method that knows the
 * prefix of the current depth draws any subtree.
 *
 * <p><b>Reread:</b> §2.7 ({@code ProcessTree}).
 */
public final class PsTree {

    /** One line of a {@code ps -e -o pid,ppid,comm} listing. */
    public record Row(long pid, long parentPid, String name) {
    }

    private PsTree() {
    }

    public static String render(List<Row> rows) {
        throw new UnsupportedOperationException("TODO: exercise PsTree (§2.7) — implement render; see its Javadoc");
    }
}

package course.ch02.exercises;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Reference solution of exercise 2.7 · PsTree. */
public final class PsTree {

    /** One line of a {@code ps -e -o pid,ppid,comm} listing. */
    public record Row(long pid, long parentPid, String name) {
    }

    private PsTree() {
    }

    public static String render(List<Row> rows) {
        Objects.requireNonNull(rows, "rows must not be null");
        Map<Long, Row> byPid = new HashMap<>();
        for (Row row : rows) {
            Objects.requireNonNull(row, "a row must not be null");
            Objects.requireNonNull(row.name(), "the name of process " + row.pid() + " must not be null");
            if (byPid.put(row.pid(), row) != null) {
                throw new IllegalArgumentException("duplicate pid " + row.pid());
            }
            if (row.pid() == row.parentPid()) {
                throw new IllegalArgumentException("process " + row.pid() + " is its own parent");
            }
        }
        Map<Long, List<Row>> children = new HashMap<>();
        List<Row> roots = new ArrayList<>();
        for (Row row : rows) {
            if (byPid.containsKey(row.parentPid())) {
                children.computeIfAbsent(row.parentPid(), k -> new ArrayList<>()).add(row);
            } else {
                roots.add(row);
            }
        }
        Comparator<Row> byPidOrder = Comparator.comparingLong(Row::pid);
        children.values().forEach(list -> list.sort(byPidOrder));
        roots.sort(byPidOrder);

        StringBuilder out = new StringBuilder();
        Set<Long> drawn = new HashSet<>();
        for (Row root : roots) {
            out.append(root.name()).append('(').append(root.pid()).append(")\n");
            drawn.add(root.pid());
            drawChildren(root, "", children, out, drawn);
        }
        if (drawn.size() != rows.size()) {
            Set<Long> stuck = new TreeSet<>(byPid.keySet());
            stuck.removeAll(drawn);
            throw new IllegalArgumentException("cycle among pids " + stuck + ": they hang below no root");
        }
        return out.toString();
    }

    private static void drawChildren(Row parent, String prefix, Map<Long, List<Row>> children,
                                     StringBuilder out, Set<Long> drawn) {
        List<Row> kids = children.getOrDefault(parent.pid(), List.of());
        for (int i = 0; i < kids.size(); i++) {
            Row kid = kids.get(i);
            boolean last = i == kids.size() - 1;
            out.append(prefix).append(last ? "└─ " : "├─ ").append(kid.name()).append('(').append(kid.pid()).append(")\n");
            drawn.add(kid.pid());
            drawChildren(kid, prefix + (last ? "   " : "│  "), children, out, drawn);
        }
    }
}

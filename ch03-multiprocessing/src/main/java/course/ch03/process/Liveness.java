package course.ch03.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * §3.8 — has a process (that may not be our child) really ended?
 *
 * <p>{@code ProcessHandle.isAlive()} says true for a <em>zombie</em>: a process that has ended but
 * whose exit status nobody has collected yet. A daemon child whose parent was killed is adopted
 * by the system's init process; an init that never collects exit statuses (some containers
 * have one) leaves it a zombie for good. On Linux this class therefore also reads the state
 * letter in {@code /proc/<pid>/stat}: {@code Z} (zombie) or {@code X} (dead) count as ended.
 * Elsewhere it trusts {@code isAlive()}.
 */
public final class Liveness {

    private Liveness() {
    }

    public static boolean hasEnded(long pid) {
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) {
            return true;
        }
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.isReadable(stat)) {
            return false;                       // not Linux, or not ours to read: trust isAlive()
        }
        try {
            String text = Files.readString(stat);
            // "<pid> (<command>) <state> ...": the command may contain spaces and parentheses.
            char state = text.charAt(text.lastIndexOf(')') + 2);
            return state == 'Z' || state == 'X';
        } catch (IOException | IndexOutOfBoundsException e) {
            return true;                        // it vanished while we looked
        }
    }
}

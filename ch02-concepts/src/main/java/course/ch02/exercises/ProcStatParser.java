package course.ch02.exercises;

/**
 * Exercise 2.9 · ProcStatParser (medium) — read the process-control-block fields that Linux
 * shows in one line of {@code /proc/<pid>/stat}.
 *
 * <p><b>Task.</b> Implement {@link #parse(String)}. The line holds at least 22 fields separated
 * by single spaces (a trailing newline may follow). Field 2 is the name in parentheses, and the
 * name may itself contain spaces and parentheses ({@code (tmux: server)},
 * {@code ((sd-pam))}); all other fields contain neither. Return, numbered from 1:
 * field 1 pid, 2 name (without the outer parentheses), 3 state (one letter), 4 parent pid,
 * 14 user CPU time and 15 system CPU time (in clock ticks), 20 number of threads, 22 start time
 * (ticks after boot).
 * Then implement {@link #describe(char)}: R "running", S "sleeping", D "disk sleep",
 * T "stopped", t "tracing stop", Z "zombie", X "dead", I "idle".
 *
 * <p>Reject with {@link IllegalArgumentException}: a line without a name in parentheses
 * (message contains {@code "name"}), one with fewer than 22 fields (message contains the number
 * found), a state that is not a single letter, a number field that is not a number (message
 * contains the bad text), and in {@code describe} an unknown letter (message contains it).
 * {@code null}: {@link NullPointerException}.
 *
 * <p><b>Hint.</b> The name ends at the <em>last</em> {@code ')'} of the line; split only what
 * comes after it.
 *
 * <p><b>Reread:</b> §2.8 ({@code ProcStateLetters}) and §2.9 ({@code ProcStatusBeforeAfter}).
 */
public final class ProcStatParser {

    /** The fields of one {@code /proc/<pid>/stat} line that this exercise reads. */
    public record Stat(long pid, String name, char state, long parentPid,
                       long userTicks, long systemTicks, long threads, long startTicks) {
    }

    private ProcStatParser() {
    }

    public static Stat parse(String line) {
        throw new UnsupportedOperationException("TODO: exercise ProcStatParser (§2.9) — implement parse; see its Javadoc");
    }

    public static String describe(char state) {
        throw new UnsupportedOperationException("TODO: exercise ProcStatParser (§2.9) — implement describe; see its Javadoc");
    }
}

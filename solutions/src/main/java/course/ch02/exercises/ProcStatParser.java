package course.ch02.exercises;

import java.util.Objects;

/** Reference solution of exercise 2.9 · ProcStatParser. */
public final class ProcStatParser {

    /** The fields of one {@code /proc/<pid>/stat} line that this exercise reads. */
    public record Stat(long pid, String name, char state, long parentPid,
                       long userTicks, long systemTicks, long threads, long startTicks) {
    }

    static final int FIELDS = 22;

    private ProcStatParser() {
    }

    public static Stat parse(String line) {
        Objects.requireNonNull(line, "line must not be null");
        String text = line.strip();
        int open = text.indexOf(" (");
        int close = text.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("no name in parentheses after the pid: '" + line + "'");
        }
        String pid = text.substring(0, open);
        String name = text.substring(open + 2, close);
        String rest = text.substring(close + 1).strip();
        String[] after = rest.isEmpty() ? new String[0] : rest.split(" ");
        // fields[k] is field k+3: the fields after the name start with field 3, the state.
        int found = 2 + after.length;
        if (found < FIELDS) {
            throw new IllegalArgumentException("expected at least " + FIELDS + " fields, found " + found);
        }
        if (after[0].length() != 1) {
            throw new IllegalArgumentException("the state must be one letter, was '" + after[0] + "'");
        }
        return new Stat(number(pid, "pid"), name, after[0].charAt(0), number(after[4 - 3], "parent pid"),
                number(after[14 - 3], "utime"), number(after[15 - 3], "stime"),
                number(after[20 - 3], "num_threads"), number(after[22 - 3], "starttime"));
    }

    public static String describe(char state) {
        return switch (state) {
            case 'R' -> "running";
            case 'S' -> "sleeping";
            case 'D' -> "disk sleep";
            case 'T' -> "stopped";
            case 't' -> "tracing stop";
            case 'Z' -> "zombie";
            case 'X' -> "dead";
            case 'I' -> "idle";
            default -> throw new IllegalArgumentException("unknown state letter '" + state + "'");
        };
    }

    private static long number(String text, String field) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " is not a number: '" + text + "'", e);
        }
    }
}

package course.ch02.exercises;

import java.util.OptionalInt;

/**
 * Exercise 2.6 · ExitClassifier (easy) — tell from an exit code (and standard error) how a
 * process ended.
 *
 * <p><b>Task.</b> Implement the two methods, for exit codes as a parent sees them on Linux
 * (0..255):
 * <ul>
 *   <li>{@link #classify(int, String)}: 0 → {@link Kind#NORMAL_EXIT}; 129..192 (128 + a signal
 *       number 1..64) → {@link Kind#KILLED}; any other code → {@link Kind#FATAL_ERROR} when
 *       {@code stderr} has a line that starts with {@code "Exception in thread "} (an uncaught
 *       exception), else {@link Kind#ERROR_EXIT} (the program chose to fail).</li>
 *   <li>{@link #signal(int)}: the signal number for 129..192 (e.g. 143 → 15), empty otherwise.</li>
 * </ul>
 * A code outside 0..255 is rejected with an {@link IllegalArgumentException} whose message
 * contains the code; a {@code null} {@code stderr} with a {@link NullPointerException}.
 *
 * <p><b>Hint.</b> Exit code 1 alone cannot tell a missing main class from an uncaught
 * exception: that is why {@code stderr} is an argument.
 *
 * <p><b>Reread:</b> §2.6 ({@code FourWaysToEnd}).
 */
public final class ExitClassifier {

    /** The four ways a process ends, as §2.6 names them. */
    public enum Kind { NORMAL_EXIT, ERROR_EXIT, FATAL_ERROR, KILLED }

    private ExitClassifier() {
    }

    public static Kind classify(int exitCode, String stderr) {
        throw new UnsupportedOperationException("TODO: exercise ExitClassifier (§2.6) — implement classify; see its Javadoc");
    }

    public static OptionalInt signal(int exitCode) {
        throw new UnsupportedOperationException("TODO: exercise ExitClassifier (§2.6) — implement signal; see its Javadoc");
    }
}

package course.ch02.exercises;

import java.util.Objects;
import java.util.OptionalInt;

/** Reference solution of exercise 2.6 · ExitClassifier. */
public final class ExitClassifier {

    /** The four ways a process ends, as §2.6 names them. */
    public enum Kind { NORMAL_EXIT, ERROR_EXIT, FATAL_ERROR, KILLED }

    private ExitClassifier() {
    }

    public static Kind classify(int exitCode, String stderr) {
        checkRange(exitCode);
        Objects.requireNonNull(stderr, "stderr must not be null (pass \"\" when the process wrote nothing)");
        if (exitCode == 0) {
            return Kind.NORMAL_EXIT;
        }
        if (signal(exitCode).isPresent()) {
            return Kind.KILLED;
        }
        boolean uncaught = stderr.lines().anyMatch(line -> line.startsWith("Exception in thread "));
        return uncaught ? Kind.FATAL_ERROR : Kind.ERROR_EXIT;
    }

    public static OptionalInt signal(int exitCode) {
        checkRange(exitCode);
        return exitCode > 128 && exitCode <= 128 + 64 ? OptionalInt.of(exitCode - 128) : OptionalInt.empty();
    }

    private static void checkRange(int exitCode) {
        if (exitCode < 0 || exitCode > 255) {
            throw new IllegalArgumentException("exit code must be between 0 and 255, was " + exitCode);
        }
    }
}

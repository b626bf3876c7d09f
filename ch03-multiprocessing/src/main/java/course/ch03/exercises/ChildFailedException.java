package course.ch03.exercises;

/**
 * A child JVM ended with a non-zero exit code (used by exercise {@link ChildRunner}; complete,
 * nothing to do here). It carries the exit code and everything the child wrote on stderr; the
 * message names the main class, the exit code and stderr's first line.
 */
public final class ChildFailedException extends Exception {

    private final String mainClass;
    private final int exitCode;
    private final String stderr;

    public ChildFailedException(String mainClass, int exitCode, String stderr) {
        super(mainClass + " failed with exit code " + exitCode
                + (stderr.isBlank() ? " and printed nothing on stderr" : ": " + stderr.strip().lines().findFirst().orElse("")));
        this.mainClass = mainClass;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }

    public String mainClass() {
        return mainClass;
    }

    public int exitCode() {
        return exitCode;
    }

    /** Everything the child printed on its standard error. */
    public String stderr() {
        return stderr;
    }
}

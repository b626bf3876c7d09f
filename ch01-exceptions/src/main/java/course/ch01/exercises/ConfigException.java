package course.ch01.exercises;

/**
 * Used by exercise 1.4 · ConfigFile, and given complete: a settings file cannot be used.
 *
 * <p>A checked exception, so that every caller of {@link ConfigFile#readNumbers} must decide
 * what a bad settings file means for it. {@link #line()} is the 1-based line at fault, or 0
 * when the problem concerns the whole file (missing, unreadable).
 */
public class ConfigException extends Exception {

    private final int line;

    public ConfigException(String message, int line) {
        super(message);
        this.line = line;
    }

    public ConfigException(String message, int line, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    public int line() {
        return line;
    }
}

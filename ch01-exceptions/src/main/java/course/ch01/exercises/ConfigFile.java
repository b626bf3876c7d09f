package course.ch01.exercises;

import java.nio.file.Path;
import java.util.Map;

/**
 * Exercise 1.4 · ConfigFile (medium) — translate low-level failures into one domain exception, keeping the cause.
 *
 * <p><b>Task.</b> Implement {@link #readNumbers(Path)}. The file holds UTF-8 lines of the form
 * {@code name = number} (spaces around the name, the {@code =} and the number are allowed);
 * blank lines and lines starting with {@code #} are ignored. Return the settings as an
 * unmodifiable map that keeps the file's order. Every problem becomes a
 * {@link ConfigException} whose message names the file or the line:
 * <ul>
 *   <li>the file does not exist → message contains the file name and {@code "does not exist"},
 *       {@code line()} 0, cause: the {@link java.nio.file.NoSuchFileException};</li>
 *   <li>it cannot be read (a directory, bytes that are not UTF-8, ...) → message contains
 *       {@code "cannot read"}, {@code line()} 0, cause: the {@link java.io.IOException};</li>
 *   <li>a line without {@code =}, or with an empty name → message contains {@code "line N"}
 *       and {@code "name = number"}, {@code line()} N, no cause;</li>
 *   <li>a value that is not a whole {@code int} → message contains {@code "line N"} and the
 *       value in single quotes ({@code 'ten'}), {@code line()} N, cause: the {@link NumberFormatException};</li>
 *   <li>a name seen before → message contains {@code "line N"}, {@code "duplicate"} and the
 *       name, {@code line()} N, no cause.</li>
 * </ul>
 * An empty file gives an empty map. {@code null} → {@link NullPointerException} whose message
 * contains {@code "file"}.
 *
 * <p><b>Hint.</b> Catch the narrow type first: {@code NoSuchFileException} is an
 * {@code IOException}, so its {@code catch} must come before the general one.
 *
 * <p><b>Reread:</b> §1.4 ({@code RethrowAndCause}: wrapping with a cause); §1.5 (custom exceptions).
 */
public final class ConfigFile {

    private ConfigFile() {
    }

    public static Map<String, Integer> readNumbers(Path file) throws ConfigException {
        throw new UnsupportedOperationException("TODO: exercise ConfigFile (§1.4) — implement readNumbers; see its Javadoc");
    }
}

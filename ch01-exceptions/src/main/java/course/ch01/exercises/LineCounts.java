package course.ch01.exercises;

import java.nio.file.Path;
import java.util.List;

/**
 * Exercise 1.3 · LineCounts (medium) — count the lines of many files; one bad file must not stop the rest.
 *
 * <p><b>Task.</b> Implement {@link #countLines(List)}: return one {@link FileLines} per given
 * path, in the order given (a path listed twice gets two results).
 * <ul>
 *   <li>a readable UTF-8 text file → {@code FileLines.counted(file, n)} with its number of lines,
 *       counted as {@link java.nio.file.Files#lines} counts them (an empty file has 0; a last
 *       line without a line break still counts);</li>
 *   <li>a path that does not exist → {@code FileLines.failed(file, "missing")};</li>
 *   <li>a directory → {@code FileLines.failed(file, "not a regular file")};</li>
 *   <li>a file whose bytes are not valid UTF-8 → {@code FileLines.failed(file, "not UTF-8 text")};</li>
 *   <li>any other read failure → {@code FileLines.failed(file, "unreadable: " + the exception's message)}.</li>
 * </ul>
 * A {@code null} list, or a {@code null} element, is a bug in the caller: throw
 * {@link NullPointerException} before reading anything, with a message that names the element
 * by its index, like {@code "files[2] is null"}.
 *
 * <p><b>Hint.</b> Put the try/catch around the work for <em>one</em> file, inside the loop: an
 * exception caught there ends that file's turn, not the loop. {@code Files.lines} reports bad
 * bytes as an unchecked {@link java.io.UncheckedIOException} while you consume the stream.
 *
 * <p><b>Reread:</b> §1.3 ({@code LineCounter}, and why Java has no {@code else} on {@code try}).
 */
public final class LineCounts {

    /** The result for one file: a line count, or a problem (then {@code lines} is -1). */
    public record FileLines(Path file, long lines, String problem) {

        public static FileLines counted(Path file, long lines) {
            return new FileLines(file, lines, null);
        }

        public static FileLines failed(Path file, String problem) {
            return new FileLines(file, -1, problem);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    private LineCounts() {
    }

    public static List<FileLines> countLines(List<Path> files) {
        throw new UnsupportedOperationException("TODO: exercise LineCounts (§1.3) — implement countLines; see its Javadoc");
    }
}

package course.ch01.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Reference solution of exercise 1.3 · LineCounts. */
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
        Objects.requireNonNull(files, "files must not be null");
        // Check every element before reading any file: a bug in the caller is reported whole.
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i) == null) {
                throw new NullPointerException("files[" + i + "] is null");
            }
        }
        List<FileLines> results = new ArrayList<>(files.size());
        for (Path file : files) {
            results.add(countOne(file));
        }
        return List.copyOf(results);
    }

    private static FileLines countOne(Path file) {
        if (Files.isDirectory(file)) {
            return FileLines.failed(file, "not a regular file");
        }
        try (Stream<String> lines = Files.lines(file)) {
            return FileLines.counted(file, lines.count());
        } catch (NoSuchFileException e) {
            return FileLines.failed(file, "missing");
        } catch (UncheckedIOException e) {
            // Files.lines decodes lazily: bad bytes surface while counting, wrapped unchecked.
            return FileLines.failed(file, "not UTF-8 text");
        } catch (IOException e) {
            return FileLines.failed(file, "unreadable: " + e.getMessage());
        }
    }
}

package course.ch01.exercises;

import course.ch01.exercises.LineCounts.FileLines;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@DisplayName("Exercise 1.3 · LineCounts (medium)")
class LineCountsTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    @DisplayName("each readable file gets its line count, in the order the files were given")
    void countsInOrder() throws IOException {
        Path three = write("three.txt", "a\nb\nc\n");
        Path noFinalBreak = write("two.txt", "first\nsecond");
        Path empty = write("empty.txt", "");
        assertThat(LineCounts.countLines(List.of(three, noFinalBreak, empty))).containsExactly(
                FileLines.counted(three, 3),
                FileLines.counted(noFinalBreak, 2),
                FileLines.counted(empty, 0));
    }

    @Test
    @DisplayName("no files give no results")
    void emptyList() {
        assertThat(LineCounts.countLines(List.of())).as("countLines(empty list)").isEmpty();
    }

    @Test
    @DisplayName("a missing file is reported as missing, and the files after it are still counted")
    void missingFileDoesNotStopTheRest() throws IOException {
        Path before = write("before.txt", "x\n");
        Path missing = dir.resolve("missing.txt");
        Path after = write("after.txt", "1\n2\n3\n4\n");
        assertThat(LineCounts.countLines(List.of(before, missing, after))).containsExactly(
                FileLines.counted(before, 1),
                FileLines.failed(missing, "missing"),
                FileLines.counted(after, 4));
    }

    @Test
    @DisplayName("a directory and a file that is not UTF-8 text are reported as unreadable, each in its own words")
    void unreadableFiles() throws IOException {
        Path binary = Files.write(dir.resolve("binary.bin"), new byte[] {'o', 'k', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        Path text = write("text.txt", "fine\n");
        assertThat(LineCounts.countLines(List.of(dir, binary, text))).containsExactly(
                FileLines.failed(dir, "not a regular file"),
                FileLines.failed(binary, "not UTF-8 text"),
                FileLines.counted(text, 1));
    }

    @Test
    @DisplayName("any other read failure is reported as unreadable, with the exception's message")
    void otherReadFailure() throws IOException {
        Path text = write("text.txt", "fine\n");
        Path belowAFile = text.resolve("inside.txt");     // a regular file cannot hold another one
        IOException failure = catchThrowableOfType(IOException.class, () -> Files.readAllLines(belowAFile));
        assumeTrue(failure != null && !(failure instanceof NoSuchFileException),
                "this file system reports a path below a file as missing, not as unreadable");
        assertThat(LineCounts.countLines(List.of(belowAFile, text))).containsExactly(
                FileLines.failed(belowAFile, "unreadable: " + failure.getMessage()),
                FileLines.counted(text, 1));
    }

    @Test
    @DisplayName("every file may fail, and a path listed twice gets two results")
    void allFailAndDuplicates() {
        Path missing = dir.resolve("gone.txt");
        List<FileLines> results = LineCounts.countLines(List.of(missing, missing));
        assertThat(results).containsExactly(FileLines.failed(missing, "missing"), FileLines.failed(missing, "missing"));
        assertThat(results).noneMatch(FileLines::ok);
    }

    @Test
    @DisplayName("a null list is rejected with NullPointerException")
    void nullList() {
        assertThatThrownBy(() -> LineCounts.countLines(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("files");
    }

    @Test
    @DisplayName("a null element is rejected before any file is read, naming its index")
    void nullElement() throws IOException {
        Path text = write("text.txt", "fine\n");
        assertThatThrownBy(() -> LineCounts.countLines(Arrays.asList(text, text, null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("files[2]");
    }
}

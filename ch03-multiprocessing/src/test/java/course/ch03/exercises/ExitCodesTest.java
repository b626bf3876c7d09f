package course.ch03.exercises;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@DisplayName("Exercise 3.6 · ExitCodes (easy)")
@Timeout(40)
class ExitCodesTest {

    /** How long a child waits for its siblings before it gives up with exit code 99. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /** The children of these tests; the first argument says what to do. */
    public static final class Sibling {
        private Sibling() {
        }

        public static void main(String[] args) throws IOException {
            switch (args[0]) {
                // meet <dir> <n> <code>: leave a mark, wait until n siblings have, exit with code
                case "meet" -> {
                    Path dir = Path.of(args[1]);
                    Files.createFile(dir.resolve(String.valueOf(ProcessHandle.current().pid())));
                    waitFor(() -> countFiles(dir) >= Integer.parseInt(args[2]));
                    System.exit(Integer.parseInt(args[3]));
                }
                // write-pid <file> <code>: tell the siblings our pid, and end at once
                case "write-pid" -> {
                    Path tmp = Files.createTempFile(Path.of(args[1]).getParent(), "pid", ".tmp");
                    Files.writeString(tmp, String.valueOf(ProcessHandle.current().pid()));
                    Files.move(tmp, Path.of(args[1]), StandardCopyOption.ATOMIC_MOVE);
                    System.exit(Integer.parseInt(args[2]));
                }
                // end-after <file> <code>: end only after the sibling whose pid is in the file has ended
                case "end-after" -> {
                    Path file = Path.of(args[1]);
                    waitFor(() -> Files.exists(file) && ProcessHandle.of(Long.parseLong(Files.readString(file)))
                            .map(ProcessHandle::isAlive).orElse(false) == false);
                    System.exit(Integer.parseInt(args[2]));
                }
                // chatty <bytes> <code>: print that many bytes on stdout and on stderr
                case "chatty" -> {
                    String text = "x".repeat(Integer.parseInt(args[1]));
                    System.out.print(text);
                    System.out.flush();
                    System.err.print(text);
                    System.err.flush();
                    System.exit(Integer.parseInt(args[2]));
                }
                default -> System.exit(100);
            }
        }

        private static void waitFor(java.util.concurrent.Callable<Boolean> condition) {
            try {
                await().atMost(PATIENCE).pollInterval(Duration.ofMillis(10)).until(condition);
            } catch (ConditionTimeoutException e) {
                System.exit(99);                // the siblings never came: they were not running at the same time
            }
        }

        private static long countFiles(Path dir) throws IOException {
            try (var files = Files.list(dir)) {
                return files.count();
            }
        }
    }

    @Test
    @DisplayName("all children run at the same time (each waits for the others), and each exit code comes back")
    void startsAllBeforeWaiting(@TempDir Path dir) throws Exception {
        String d = dir.toString();
        List<Integer> codes = ExitCodes.runAll(Sibling.class, List.of(
                List.of("meet", d, "3", "0"), List.of("meet", d, "3", "5"), List.of("meet", d, "3", "7")));
        assertThat(codes).as("exit codes (99 means a child waited for siblings that were not started)")
                .containsExactly(0, 5, 7);
    }

    @Test
    @DisplayName("exit codes are in the order of the arguments, not in the order the children ended")
    void keepsTheOrderOfTheArguments(@TempDir Path dir) throws Exception {
        String pidFile = dir.resolve("second.pid").toString();
        List<Integer> codes = ExitCodes.runAll(Sibling.class, List.of(
                List.of("end-after", pidFile, "11"),        // ends last ...
                List.of("write-pid", pidFile, "22")));      // ... after this one
        assertThat(codes).containsExactly(11, 22);
    }

    @Test
    @Timeout(20)
    @DisplayName("a child that prints 200 KB on each stream still ends")
    void chattyChildEnds() throws Exception {
        assertThat(ExitCodes.runAll(Sibling.class, List.of(List.of("chatty", "200000", "4")))).containsExactly(4);
    }

    @Test
    @DisplayName("no arguments at all: no child, an empty list")
    void emptyList() throws Exception {
        assertThat(ExitCodes.runAll(Sibling.class, List.of())).isEmpty();
    }

    @Test
    @DisplayName("null class, list or element is rejected with NullPointerException")
    void rejectsNull() {
        assertThatThrownBy(() -> ExitCodes.runAll(null, List.of(List.of()))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ExitCodes.runAll(Sibling.class, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ExitCodes.runAll(Sibling.class, Arrays.asList(List.of("chatty", "1", "0"), null)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("a class without a main method is rejected with IllegalArgumentException naming it")
    void rejectsClassWithoutMain() {
        assertThatThrownBy(() -> ExitCodes.runAll(String.class, List.of(List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String");
    }
}

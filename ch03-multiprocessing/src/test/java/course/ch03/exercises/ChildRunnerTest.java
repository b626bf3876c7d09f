package course.ch03.exercises;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DisplayName("Exercise 3.2 · ChildRunner (medium)")
@Timeout(30)
class ChildRunnerTest {

    /** The children of these tests; the first argument says what to do. */
    public static final class Behaves {
        private Behaves() {
        }

        public static void main(String[] args) throws IOException {
            switch (args[0]) {
                case "print" -> System.out.println(args[1]);
                case "fail" -> {
                    System.out.println("some output first");
                    System.err.println(args[2]);
                    System.err.println("second line of the complaint");
                    System.exit(Integer.parseInt(args[1]));
                }
                case "throw" -> throw new IllegalStateException("broken");
                case "flood" -> {                      // stderr first: fills its pipe before stdout is written
                    System.err.print("e".repeat(300_000));
                    System.err.flush();
                    System.out.print("o".repeat(300_000));
                }
                case "read-stdin" -> System.out.println("read " + System.in.readAllBytes().length + " bytes");
                default -> System.exit(100);
            }
        }
    }

    @Test
    @DisplayName("exit code 0: the child's stdout is returned exactly")
    void returnsStdout() throws Exception {
        assertThat(ChildRunner.run(Behaves.class, "print", "hello child")).isEqualToNormalizingNewlines("hello child\n");
    }

    @Test
    @DisplayName("a non-zero exit code becomes ChildFailedException with the code and the whole stderr")
    void failureBecomesException() {
        ChildFailedException e = catchThrowableOfType(ChildFailedException.class,
                () -> ChildRunner.run(Behaves.class, "fail", "3", "bad input: 'x'"));
        assertThat(e).as("the exception thrown").isNotNull();
        assertThat(e.exitCode()).isEqualTo(3);
        assertThat(e.mainClass()).isEqualTo(Behaves.class.getName());
        assertThat(e.stderr()).isEqualToNormalizingNewlines("bad input: 'x'\nsecond line of the complaint\n");
        assertThat(e.getMessage()).contains("exit code 3").contains("bad input: 'x'");
    }

    @Test
    @DisplayName("an uncaught exception in the child: exit code 1, and its stack trace in the exception")
    void uncaughtExceptionInTheChild() {
        ChildFailedException e = catchThrowableOfType(ChildFailedException.class,
                () -> ChildRunner.run(Behaves.class, "throw"));
        assertThat(e).as("the exception thrown").isNotNull();
        assertThat(e.exitCode()).isEqualTo(1);
        assertThat(e.stderr()).contains("java.lang.IllegalStateException: broken");
    }

    @Test
    @Timeout(20)
    @DisplayName("300 KB on stderr before 300 KB on stdout does not hang the child")
    void readsBothStreams() throws Exception {
        String out = ChildRunner.run(Behaves.class, "flood");
        assertThat(out.length()).as("characters returned").isEqualTo(300_000);
        assertThat(out.chars().allMatch(c -> c == 'o')).as("all of them are the child's stdout ('o')").isTrue();
    }

    @Test
    @Timeout(20)
    @DisplayName("the child gets no input: reading stdin ends at once")
    void noInput() throws Exception {
        assertThat(ChildRunner.run(Behaves.class, "read-stdin")).isEqualToNormalizingNewlines("read 0 bytes\n");
    }

    @Test
    @DisplayName("a null class or one without main is rejected")
    void rejectsBadClasses() {
        assertThatThrownBy(() -> ChildRunner.run(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ChildRunner.run(String.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.String");
    }
}

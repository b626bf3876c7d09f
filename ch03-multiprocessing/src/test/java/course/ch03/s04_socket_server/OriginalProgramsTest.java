package course.ch03.s04_socket_server;

import course.kit.PythonBytes;
import course.kit.test.OriginalPrograms;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * §3.4: the original's programs and the course's work together, in both directions — the
 * original client (which sends stripped text without a newline and reads one {@code recv(1024)})
 * with the Java server, and the Java client with the original server. First with Java
 * re-creations of the original programs ({@link Originals}), then with the real ones in
 * {@code docs/original/} run by {@code python3}, when it is on PATH (without it those tests are
 * skipped, and say why: a condition, not an assumption, so that the course's test report counts
 * them as skipped, not failed).
 */
@DisplayName("§3.4 the original's programs work with the course's, both ways")
@Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OriginalProgramsTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    /** Typed into every client: a word, an empty line and a blank one (both skipped), text with spaces around it. */
    static final String TYPED = "hello\n\n   \n  héllo wörld, 多进程 \n";
    /** What the original client prints for it, up to the EOFError at the end of the input. */
    static final String ORIGINAL_PRINTS = ">>: HELLO\n>>: >>: >>: HéLLO WöRLD, 多进程\n>>: ";
    /** What the course's client prints for it (no prompt when the input is not a terminal). */
    static final List<String> JAVA_PRINTS = List.of("HELLO", "HéLLO WöRLD, 多进程");

    /** A long session of the original client: 1500 lines of 200 bytes, 300,000 bytes in all, no newline sent. */
    static final String LONG_SESSION = IntStream.range(0, 1500)
            .mapToObj(i -> ("line %04d ".formatted(i) + "abcdefghij".repeat(20)).substring(0, 200))
            .collect(Collectors.joining("\n", "", "\n"));

    static String longSessionPrints() {
        return LONG_SESSION.lines().map(line -> ">>: " + new String(PythonBytes.upper(line.getBytes())) + "\n")
                .collect(Collectors.joining()) + ">>: ";
    }

    @Test
    @DisplayName("the original client, re-created, is answered by the Java server: no newline needed, bytes.upper()")
    void originalClientWithJavaServer() throws Exception {
        try (UpperCaseServer server = UpperCaseServer.start(0, QUIET)) {
            assertThat(Originals.client(server.port(), TYPED)).isEqualTo(ORIGINAL_PRINTS);
        }
    }

    @Test
    @DisplayName("a long session of the original client, re-created (300,000 bytes, no newline), is answered to the end")
    void longSessionWithJavaServer() throws Exception {
        try (UpperCaseServer server = UpperCaseServer.start(0, QUIET)) {
            assertThat(Originals.client(server.port(), LONG_SESSION)).isEqualTo(longSessionPrints());
        }
    }

    @Test
    @DisplayName("the Java client works with the original server, re-created, even for a reply over 1024 bytes")
    void javaClientWithOriginalServer() throws Exception {
        try (OriginalPrograms.UpperCaseServer server = new OriginalPrograms.UpperCaseServer()) {
            var result = DemoRunner.runInNewJvm(UpperCaseClient.class, TYPED + "x".repeat(3000) + "\n", String.valueOf(server.port()));
            assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isZero();
            assertThat(result.lines()).containsExactly(JAVA_PRINTS.get(0), JAVA_PRINTS.get(1), "X".repeat(3000));
        }
    }

    /** The real original programs, run by python3. */
    @Nested
    @EnabledIf(value = "course.ch03.s04_socket_server.Originals#canRunOriginals",
            disabledReason = "python3 is not on PATH (or docs/original/ is missing): the original programs cannot run here")
    @DisplayName("with python3: the real original programs")
    class WithPython {

        @Test
        @DisplayName("python3 s3_4_client.py against the Java server: every reply; it ends, as the original does, with EOFError at the end of input")
        void originalClient(@TempDir Path dir) throws Exception {
            try (UpperCaseServer server = UpperCaseServer.start(0, QUIET);
                 OriginalPrograms.Python client = OriginalPrograms.start("s3_4_client.py", dir, String.valueOf(server.port()))) {
                assertThat(client.run(TYPED)).as("exit code: the original's EOFError").isEqualTo(1);
                assertThat(client.stdout()).isEqualTo(ORIGINAL_PRINTS);
                assertThat(client.stderr()).contains("EOFError").doesNotContain("ConnectionResetError");
            }
        }

        @Test
        @DisplayName("a long session of python3 s3_4_client.py (300,000 bytes, no newline) is answered to the end, not cut off")
        void originalClientLongSession(@TempDir Path dir) throws Exception {
            try (UpperCaseServer server = UpperCaseServer.start(0, QUIET);
                 OriginalPrograms.Python client = OriginalPrograms.start("s3_4_client.py", dir, String.valueOf(server.port()))) {
                assertThat(client.run(LONG_SESSION)).isEqualTo(1);
                assertThat(client.stdout()).isEqualTo(longSessionPrints());
            }
        }

        @Test
        @DisplayName("the Java client against python3 s3_4_server.py (a process per connection), a reply over 1024 bytes included")
        void originalServer(@TempDir Path dir) throws Exception {
            int port = OriginalPrograms.freePort();
            try (OriginalPrograms.Python server = OriginalPrograms.start("s3_4_server.py", dir, String.valueOf(port));
                 Socket probe = OriginalPrograms.awaitTcp(port, server)) {
                var result = DemoRunner.runInNewJvm(UpperCaseClient.class, TYPED + "x".repeat(3000) + "\n", String.valueOf(port));
                assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isZero();
                assertThat(result.lines()).containsExactly(JAVA_PRINTS.get(0), JAVA_PRINTS.get(1), "X".repeat(3000));
            }
        }

        @Test
        @DisplayName("the original client and the re-created one print the same for the same input, against the same Java server")
        void reCreationMatchesTheOriginal(@TempDir Path dir) throws Exception {
            String typed = "  one \n\nTwo words\nstraße ÄÖÜ äöü 中文 ß\n";
            try (UpperCaseServer server = UpperCaseServer.start(0, QUIET);
                 OriginalPrograms.Python client = OriginalPrograms.start("s3_4_client.py", dir, String.valueOf(server.port()))) {
                assertThat(client.run(typed)).isEqualTo(1);
                assertThat(client.stdout()).isEqualTo(Originals.client(server.port(), typed));
            }
        }
    }
}

package course.ch04;

import course.ch04.s12_socketserver.TcpClient;
import course.ch04.s12_socketserver.ThreadingTcpServer;
import course.ch04.s12_socketserver.UdpClient;
import course.ch04.s12_socketserver.UdpServer;
import course.ch04.s12_socketserver.UpperCaseTcpServer;
import course.ch04.s12_socketserver.UpperCaseUdpServer;
import course.ch04.s12_socketserver.VirtualThreadTcpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every {@code main} of chapter 4, given bad input, ends with a usage or error line — never a
 * stack trace, never a hang.
 *
 * <p>The mains are found in {@code target/classes} (no hand-written list to go stale). Each runs
 * in a JVM of its own ({@link ChildJvm}), its output in files under {@code target/battery/}:
 * <ol>
 *   <li>no arguments, standard input empty (closed at once);</li>
 *   <li>wrong arguments ({@code --no-such-option}): a {@code usage:} line and exit code 2;</li>
 *   <li>blank lines on standard input;</li>
 *   <li>garbage on standard input: 64 KiB of seeded random bytes, then 1 MiB of {@code x} and no newline.</li>
 * </ol>
 * Cases 1, 3 and 4 must end within {@value #LIMIT_SECONDS} s with exit code 0, or 1 or 2 and a
 * line on stderr saying what was wrong. The exemptions are named below, each with its reason.
 * At most two child JVMs run at a time (the course machine has two cores).
 *
 * <p>Minutes, not seconds: tagged {@code battery}, it runs with
 * {@code ./mvnw -B -o -q test -pl ch04-multithreading -Pbattery} and in the stress profile.
 */
@Tag("battery")
@DisplayName("Chapter 4 bad-input battery: every main given bad input ends with a usage or error line")
class BadInputBatteryTest {

    static final int LIMIT_SECONDS = 60;
    private static final Duration LIMIT = Duration.ofSeconds(LIMIT_SECONDS);
    private static final Duration ALIVE_FOR = Duration.ofSeconds(1);
    private static final String WRONG = "--no-such-option";
    /** How long a test waits for its run, queued behind others: far more than the battery takes. */
    private static final long WAIT_MINUTES = 10;

    /** Mains that run until they are stopped, by design: alive after 1 s, then destroyed. */
    static final Map<String, String> RUNS_UNTIL_STOPPED = Map.of(
            ThreadingTcpServer.class.getName(), "a server: serves until Ctrl-C",
            VirtualThreadTcpServer.class.getName(), "a server: serves until Ctrl-C",
            UdpServer.class.getName(), "a server: serves until Ctrl-C");

    /** Mains whose lesson is an uncaught exception. None in this chapter. */
    static final Map<String, String> SHOWS_A_STACK_TRACE = Map.of();

    /** Wrong arguments for mains that accept {@code --no-such-option}. None in this chapter. */
    static final Map<String, List<String>> WRONG_ARGS = Map.of();

    /** What the servers and clients get instead of no arguments, and why (shown in the test name). */
    enum Port {
        FREE("port 0 instead of no arguments: tests never bind the fixed default port 8000"),
        TEST_TCP_SERVER("the port of a TCP server of this test instead of no arguments: without a server "
                + "the client stops before it reads stdin"),
        TEST_UDP_SERVER("the port of a UDP server of this test instead of no arguments: without a server "
                + "the client stops after its first datagram, and no datagram goes to the fixed port 8000");

        final String reason;

        Port(String reason) {
            this.reason = reason;
        }
    }

    static final Map<String, Port> PORT_INSTEAD_OF_NO_ARGUMENTS = Map.of(
            ThreadingTcpServer.class.getName(), Port.FREE,
            VirtualThreadTcpServer.class.getName(), Port.FREE,
            UdpServer.class.getName(), Port.FREE,
            TcpClient.class.getName(), Port.TEST_TCP_SERVER,
            UdpClient.class.getName(), Port.TEST_UDP_SERVER);

    /** A stack trace's first line, or one of its frames ({@code at java.base/java.lang.Thread.run(}). */
    private static final Pattern FRAME = Pattern.compile("^\\s+at [\\w.$/<>-]+\\(", Pattern.MULTILINE);
    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:\\d+( \\(UDP\\))?");

    private static Path dir;
    private static Path emptyInput;
    private static Path blankLines;
    private static Path garbage;
    private static ExecutorService pool;
    private static UpperCaseTcpServer tcpServer;
    private static UpperCaseUdpServer udpServer;

    /** What one run of a main left behind; {@code exitCode} null: it was still running when stopped. */
    record Run(String name, List<String> args, Integer exitCode, String out, String err, long millis) {

        String describe() {
            return "%s %s: exit code %s after %d ms; stderr begins:%n%s".formatted(name, args,
                    exitCode == null ? "none (still running)" : exitCode, millis,
                    err.lines().limit(8).map(l -> "    " + l).collect(Collectors.joining(System.lineSeparator())));
        }
    }

    @BeforeAll
    static void prepare() throws Exception {
        dir = Path.of(Usage.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("battery");
        Files.createDirectories(dir);
        emptyInput = Files.write(dir.resolve("stdin-empty.txt"), new byte[0]);
        blankLines = Files.writeString(dir.resolve("stdin-blank.txt"), "\n\n\n");
        byte[] random = new byte[64 * 1024];
        new Random(20261128).nextBytes(random);
        byte[] bytes = Arrays.copyOf(random, random.length + (1 << 20));
        Arrays.fill(bytes, random.length, bytes.length, (byte) 'x');
        garbage = Files.write(dir.resolve("stdin-garbage.bin"), bytes);
        tcpServer = UpperCaseTcpServer.start(0, UpperCaseTcpServer.Handling.VIRTUAL_THREAD_EXECUTOR, line -> { });
        udpServer = UpperCaseUdpServer.start(0, line -> { });
        pool = Executors.newFixedThreadPool(2);   // at most two child JVMs at a time
    }

    @AfterAll
    static void cleanUp() throws InterruptedException {
        if (pool != null) {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(LIMIT_SECONDS, TimeUnit.SECONDS)).as("battery runs ended").isTrue();
        }
        if (tcpServer != null) {
            tcpServer.close();
        }
        if (udpServer != null) {
            udpServer.close();
        }
    }

    // --- discovery -------------------------------------------------------------------------

    /** Every class under course.ch04 in target/classes with a public static void main(String[]). */
    static List<Class<?>> mains() throws Exception {
        Path classes = Path.of(Usage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ClassLoader loader = BadInputBatteryTest.class.getClassLoader();
        List<Class<?>> mains = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String relative = classes.relativize(file).toString();
                String name = relative.substring(0, relative.length() - ".class".length())
                        .replace(file.getFileSystem().getSeparator(), ".");
                if (!name.startsWith("course.ch04.")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, loader);
                if (hasMain(type)) {
                    mains.add(type);
                }
            }
        }
        return mains;
    }

    private static boolean hasMain(Class<?> type) {
        try {
            Method main = type.getDeclaredMethod("main", String[].class);
            return Modifier.isPublic(main.getModifiers()) && Modifier.isStatic(main.getModifiers())
                    && main.getReturnType() == void.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @Test
    @DisplayName("discovery finds every demo of the catalogue, the launcher and the §4.12 programs")
    void discoveryIsComplete() throws Exception {
        List<Class<?>> mains = mains();
        List<Class<?>> demos = Chapter04.SECTIONS.stream().flatMap(s -> s.demos().stream())
                .map(Chapter04.Demo::mainClass).distinct().toList();
        assertThat(mains).hasSizeGreaterThanOrEqualTo(demos.size())
                .containsAll(demos)
                .contains(Chapter04.class, ThreadingTcpServer.class, VirtualThreadTcpServer.class, UdpServer.class,
                        TcpClient.class, UdpClient.class);
        System.out.printf("[battery] %d mains found, %d of them catalogue demos%n", mains.size(), demos.size());
    }

    @Test
    @DisplayName("the stack-trace check sees a real stack trace and passes a usage line")
    void stackTraceCheckWorks() {
        StringWriter trace = new StringWriter();
        new IllegalStateException("boom").printStackTrace(new PrintWriter(trace));
        assertThat(hasStackTrace(trace.toString())).isTrue();
        assertThat(hasStackTrace("Exception in thread \"main\" java.lang.IllegalStateException: boom")).isTrue();
        assertThat(hasStackTrace("usage: StartCost [THREADS]\nconn-1 failed: java.util.concurrent.TimeoutException: x"))
                .isFalse();
    }

    // --- the battery -----------------------------------------------------------------------

    @TestFactory
    @DisplayName("every main, four kinds of bad input")
    Stream<DynamicContainer> battery() throws Exception {
        long start = System.nanoTime();
        List<DynamicContainer> containers = new ArrayList<>();
        List<Future<Run>> all = new ArrayList<>();
        for (Class<?> main : mains()) {
            String name = main.getName();
            String shortName = name.substring(name.lastIndexOf('.') + 1);
            boolean untilStopped = RUNS_UNTIL_STOPPED.containsKey(name);
            boolean showsTrace = SHOWS_A_STACK_TRACE.containsKey(name);
            Port port = PORT_INSTEAD_OF_NO_ARGUMENTS.get(name);
            List<String> normalArgs = port == null ? List.of() : List.of(String.valueOf(portFor(port)));
            String normal = port == null ? "no arguments" : port.reason;
            List<String> wrongArgs = WRONG_ARGS.getOrDefault(name, List.of(WRONG));

            List<DynamicTest> tests = new ArrayList<>();
            Future<Run> none = submit(all, () -> run(main, "no-args", normalArgs, emptyInput, untilStopped));
            tests.add(DynamicTest.dynamicTest("1. " + normal + ", empty stdin" + outcome(untilStopped, showsTrace),
                    () -> assertNormal(none.get(WAIT_MINUTES, TimeUnit.MINUTES), untilStopped, showsTrace)));
            Future<Run> wrong = submit(all, () -> run(main, "wrong-args", wrongArgs, emptyInput, false));
            tests.add(DynamicTest.dynamicTest("2. wrong arguments " + wrongArgs + ": usage line, exit code 2",
                    () -> assertUsage(wrong.get(WAIT_MINUTES, TimeUnit.MINUTES))));
            Future<Run> blank = submit(all, () -> run(main, "blank-lines", normalArgs, blankLines, untilStopped));
            tests.add(DynamicTest.dynamicTest("3. " + normal + ", blank lines on stdin" + outcome(untilStopped, showsTrace),
                    () -> assertNormal(blank.get(WAIT_MINUTES, TimeUnit.MINUTES), untilStopped, showsTrace)));
            Future<Run> junk = submit(all, () -> run(main, "garbage", normalArgs, garbage, untilStopped));
            tests.add(DynamicTest.dynamicTest("4. " + normal + ", garbage on stdin (64 KiB random bytes, 1 MiB without newline)"
                    + outcome(untilStopped, showsTrace), () -> assertNormal(junk.get(WAIT_MINUTES, TimeUnit.MINUTES), untilStopped, showsTrace)));
            if (port == Port.TEST_TCP_SERVER || port == Port.TEST_UDP_SERVER) {
                Future<Run> noServer = submit(all, () -> runWithoutServer(main, port));
                tests.add(DynamicTest.dynamicTest("5. a port where no server listens: one line on stderr, exit code 1",
                        () -> assertNoServer(noServer.get(WAIT_MINUTES, TimeUnit.MINUTES))));
            }
            String title = shortName + (untilStopped ? " (runs until stopped: " + RUNS_UNTIL_STOPPED.get(name) + ")" : "")
                    + (showsTrace ? " (shows a stack trace: " + SHOWS_A_STACK_TRACE.get(name) + ")" : "");
            containers.add(DynamicContainer.dynamicContainer(title, tests));
        }
        containers.add(DynamicContainer.dynamicContainer("timing", List.of(DynamicTest.dynamicTest(
                "all " + all.size() + " runs ended", () -> {
                    for (Future<Run> run : all) {
                        run.get(WAIT_MINUTES, TimeUnit.MINUTES);
                    }
                    System.out.printf("[battery] %d mains, %d runs, %.1f s wall%n",
                            containers.size() - 1, all.size(), (System.nanoTime() - start) / 1e9);
                }))));
        return containers.stream();
    }

    private static String outcome(boolean untilStopped, boolean showsTrace) {
        return untilStopped ? ": still running after 1 s, no stack trace"
                : showsTrace ? ": ends, with the stack trace it is about"
                : ": ends, exit code 0 (or 1/2 with a line on stderr), no stack trace";
    }

    private interface Job {
        Run run() throws Exception;
    }

    private static Future<Run> submit(List<Future<Run>> all, Job job) {
        Future<Run> future = pool.submit(job::run);
        all.add(future);
        return future;
    }

    private static int portFor(Port port) {
        return switch (port) {
            case FREE -> 0;
            case TEST_TCP_SERVER -> tcpServer.port();
            case TEST_UDP_SERVER -> udpServer.port();
        };
    }

    // --- running one main --------------------------------------------------------------------

    private static Run run(Class<?> main, String label, List<String> args, Path stdin, boolean untilStopped)
            throws Exception {
        String name = main.getName().substring(main.getName().lastIndexOf('.') + 1);
        Path out = dir.resolve(name + "-" + label + ".out");
        Path err = dir.resolve(name + "-" + label + ".err");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(ChildJvm.command(main.getName(), args))
                .redirectInput(stdin.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        Integer exitCode;
        try {
            if (untilStopped) {
                // A server: wait for its first line (it listens), then give it a second to fail.
                await().atMost(LIMIT).pollInterval(Duration.ofMillis(20))
                        .until(() -> !process.isAlive() || read(out).contains("\n"));
                exitCode = process.waitFor(ALIVE_FOR.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
            } else {
                exitCode = process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS) ? process.exitValue() : null;
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
        }
        return new Run(name + "-" + label, args, exitCode, read(out), read(err), (System.nanoTime() - start) / 1_000_000);
    }

    /** A file's text; bytes that are not UTF-8 (a main may echo garbage) become U+FFFD. */
    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    /**
     * A client pointed at a port where nothing listens. TCP: a socket bound to the port but not
     * listening holds it, so a connection is refused. UDP: a port freed just before, with three
     * lines to send (if another program took the port meanwhile, three unanswered datagrams
     * end the client the same way).
     */
    private static Run runWithoutServer(Class<?> main, Port port) throws Exception {
        if (port == Port.TEST_TCP_SERVER) {
            try (Socket holder = new Socket()) {
                holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                return run(main, "no-server", List.of(String.valueOf(holder.getLocalPort())), blankLines, false);
            }
        }
        int free;
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            free = probe.getLocalPort();
        }
        Path threeLines = Files.writeString(dir.resolve("stdin-three-lines.txt"), "one\ntwo\nthree\n");
        return run(main, "no-server", List.of(String.valueOf(free)), threeLines, false);
    }

    // --- what each case must show --------------------------------------------------------------

    static boolean hasStackTrace(String output) {
        return output.contains("Exception in thread") || FRAME.matcher(output).find();
    }

    private static void assertNoStackTrace(Run run) {
        assertThat(hasStackTrace(run.out()) || hasStackTrace(run.err()))
                .as("a stack trace in the output of %s", run.describe()).isFalse();
    }

    private static void assertEnded(Run run) {
        assertThat(run.exitCode()).as("%s: still running after %d s", run.describe(), LIMIT_SECONDS).isNotNull();
    }

    private static void assertNormal(Run run, boolean untilStopped, boolean showsTrace) {
        if (untilStopped) {
            assertThat(run.exitCode()).as("%s: it should still be running after %d ms", run.describe(),
                    ALIVE_FOR.toMillis()).isNull();
            assertThat(run.out().lines().findFirst().orElse("")).as("first line of %s", run.describe())
                    .matches(LISTENING);
            assertThat(run.err()).as("stderr of %s", run.describe()).isEmpty();
            assertNoStackTrace(run);
            return;
        }
        assertEnded(run);
        if (showsTrace) {
            assertThat(hasStackTrace(run.err())).as("the stack trace %s is about", run.describe()).isTrue();
            return;
        }
        assertNoStackTrace(run);
        assertThat(run.exitCode()).as("exit code of %s", run.describe()).isIn(0, 1, 2);
        if (run.exitCode() != 0) {
            assertThat(run.err()).as("stderr of %s: a line saying what was wrong", run.describe()).isNotBlank();
        }
        if (run.exitCode() == 2) {
            assertThat(run.err()).as("stderr of %s", run.describe()).contains("usage:");
        }
    }

    private static void assertUsage(Run run) {
        assertEnded(run);
        assertNoStackTrace(run);
        assertThat(run.exitCode()).as("exit code of %s", run.describe()).isEqualTo(2);
        assertThat(run.err()).as("stderr of %s", run.describe()).contains("usage:");
    }

    private static void assertNoServer(Run run) {
        assertEnded(run);
        assertNoStackTrace(run);
        assertThat(run.exitCode()).as("exit code of %s", run.describe()).isEqualTo(1);
        assertThat(run.err().lines().toList()).as("stderr of %s", run.describe()).hasSize(1);
    }
}

package course.ch03;

import course.ch03.s02_process.ProcessApiTour;
import course.ch03.s03_using.Greeter;
import course.ch03.s04_socket_server.UpperCaseClient;
import course.ch03.s04_socket_server.UpperCaseServer;
import course.ch03.s04_socket_server.UpperCaseWorker;
import course.ch03.s07_methods.TerminateDemo;
import course.ch03.s08_daemon.DaemonChild;
import course.ch03.s08_daemon.DaemonParent;
import course.ch03.s09_pool.WorkerCrashDemo;
import course.ch03.s11_mutex.Announcer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code main} of the chapter, found by walking the compiled classes, run in a JVM of its
 * own with wrong arguments and with bad standard input: it must end with a usage or error line,
 * never with a stack trace, never hang.
 *
 * <p>Tagged {@code battery}: it starts four JVMs per main (and the demos start more), so it runs
 * only with {@code ./mvnw -q test -pl ch03-multiprocessing -Pbattery} or in the stress profile.
 * Two mains run at a time; each main's four cases run one after the other. Each run's stdout and
 * stderr are kept in {@code target/battery/<Main>-<case>.out|.err}.
 */
@Tag("battery")
@DisplayName("Bad-input battery: every main of chapter 3, given wrong arguments or bad stdin, ends cleanly")
class BadInputBatteryTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final Duration STILL_RUNNING_AFTER = Duration.ofSeconds(1);
    private static final int AT_ONCE = 2;
    private static final Pattern TRACE_LINE = Pattern.compile("^\\s+at [\\w.$/@-]+\\(");

    /** Why a main is not held to every rule; shown in the test names. */
    enum Exemption { RUNS_UNTIL_STOPPED, SHOWS_A_STACK_TRACE }

    record Exempt(Exemption kind, String reason) {
        @Override
        public String toString() {
            return kind + ": " + reason;
        }
    }

    private static final Map<Class<?>, Exempt> EXEMPT = Map.of(
            UpperCaseServer.class, new Exempt(Exemption.RUNS_UNTIL_STOPPED, "a server"),
            TerminateDemo.WithHook.class, new Exempt(Exemption.RUNS_UNTIL_STOPPED,
                    "the child that TerminateDemo stops: it sleeps ten minutes"),
            DaemonChild.class, new Exempt(Exemption.RUNS_UNTIL_STOPPED,
                    "a daemon child: it sleeps ten minutes, its parent's end ends it"),
            DaemonParent.class, new Exempt(Exemption.RUNS_UNTIL_STOPPED,
                    "waits ten minutes to be killed with its daemon child"),
            ProcessApiTour.Fails.class, new Exempt(Exemption.SHOWS_A_STACK_TRACE,
                    "its lesson is an uncaught exception: the JVM prints the trace, exit code 1"),
            ProcessApiTour.class, new Exempt(Exemption.SHOWS_A_STACK_TRACE,
                    "prints the first line of a failing child's trace"),
            WorkerCrashDemo.class, new Exempt(Exemption.SHOWS_A_STACK_TRACE,
                    "quotes the stack trace of a pool worker that died of an Error"));

    /** Mains for which "--no-such-option" is a valid argument: a command line that really is wrong. */
    private static final Map<Class<?>, List<String>> WRONG_ARGS = Map.of(
            Greeter.class, List.of("Yim", "1", "too-many"),             // any name is a name
            UpperCaseWorker.class, List.of("/127.0.0.1:5000", "too-many"), // any client address is one
            Announcer.class, List.of("lock-file", "too-many"));         // any path is a lock file

    /**
     * Mains that get a port instead of no arguments, so that no run here binds or talks to the
     * fixed default port 8000: the server gets port 0, the client the port of a server of this test.
     */
    private static final Map<Class<?>, Supplier<List<String>>> INSTEAD_OF_NO_ARGUMENTS = Map.of(
            UpperCaseServer.class, () -> List.of("0"),
            UpperCaseClient.class, () -> List.of(String.valueOf(BadInputBatteryTest.testServer.port())));

    enum Case {
        NO_ARGUMENTS("no-arguments", "no arguments, empty stdin"),
        WRONG_ARGUMENTS("wrong-arguments", "wrong arguments: exit code 2 and a usage line"),
        BLANK_LINES("blank-lines", "no arguments, blank lines on stdin"),
        GARBAGE("garbage", "no arguments, garbage on stdin (64 KiB of random bytes, then 1 MiB without a newline)");

        final String file;
        final String title;

        Case(String file, String title) {
            this.file = file;
            this.title = title;
        }
    }

    /** One run: {@code ended} is false when it was still running at its deadline (and then destroyed). */
    record Run(boolean ended, int exitCode, String out, String err) {
    }

    private static final Path CLASSES = classesDirectory();
    private static final Path BATTERY = CLASSES.resolveSibling("battery");
    private static ExecutorService lanes;
    private static UpperCaseServer testServer;
    private static long startNanos;
    private static int runs;

    @AfterAll
    static void stopLanes() throws InterruptedException {
        if (testServer != null) {
            testServer.close();
        }
        if (lanes != null) {
            lanes.shutdownNow();
            assertThat(lanes.awaitTermination(LIMIT.toSeconds() + 10, TimeUnit.SECONDS)).as("battery runners ended").isTrue();
            System.out.printf("bad-input battery: %d runs, %d at a time, %.1f s wall%n",
                    runs, AT_ONCE, (System.nanoTime() - startNanos) / 1e9);
        }
    }

    @Test
    @DisplayName("the walk over the compiled classes finds every demo of the catalogue, and every exemption names a main")
    void discoveryFindsTheCatalogue() throws Exception {
        List<Class<?>> mains = discoverMains();
        List<Class<?>> demos = Chapter03.SECTIONS.stream()
                .flatMap(s -> s.demos().stream()).<Class<?>>map(Chapter03.Demo::mainClass).toList();
        assertThat(mains).hasSizeGreaterThanOrEqualTo(demos.size()).containsAll(demos).contains(Chapter03.class);
        assertThat(mains).containsAll(EXEMPT.keySet()).containsAll(WRONG_ARGS.keySet()).containsAll(INSTEAD_OF_NO_ARGUMENTS.keySet());
    }

    @TestFactory
    @DisplayName("every main")
    Stream<DynamicContainer> everyMain() throws Exception {
        List<Class<?>> mains = discoverMains();
        assertThat(mains).as("mains found under %s", CLASSES).hasSizeGreaterThan(Chapter03.SECTIONS.size());
        Map<Case, Path> stdin = writeStdinFiles();
        Path workDirectory = Files.createDirectories(BATTERY.resolve("work"));

        testServer = UpperCaseServer.start(0, new PrintStream(OutputStream.nullOutputStream()));
        // Runs start now, two mains at a time; each dynamic test waits for its own run.
        lanes = Executors.newFixedThreadPool(AT_ONCE, r -> Thread.ofPlatform().daemon().name("battery").unstarted(r));
        startNanos = System.nanoTime();
        List<DynamicContainer> containers = new ArrayList<>();
        for (Class<?> main : mains) {
            Map<Case, CompletableFuture<Run>> results = new EnumMap<>(Case.class);
            for (Case c : Case.values()) {
                results.put(c, new CompletableFuture<>());
            }
            lanes.execute(() -> {
                for (Case c : Case.values()) {
                    try {
                        results.get(c).complete(run(main, c, stdin.get(c), workDirectory));
                    } catch (Throwable t) {
                        results.get(c).completeExceptionally(t);
                    }
                }
            });
            Exempt exempt = EXEMPT.get(main);
            String name = binarySimpleName(main) + (exempt == null ? "" : "   [" + exempt + "]");
            containers.add(DynamicContainer.dynamicContainer(name, Arrays.stream(Case.values()).map(c ->
                    DynamicTest.dynamicTest(c.title, () -> check(main, c, results.get(c).get(15, TimeUnit.MINUTES))))));
        }
        runs = mains.size() * Case.values().length;
        return containers.stream();
    }

    // ---- the rules ------------------------------------------------------------------------------

    private static void check(Class<?> main, Case c, Run run) {
        String seen = binarySimpleName(main) + ", " + c.file + ": " + describe(run);
        Exempt exempt = EXEMPT.get(main);
        Exemption kind = exempt == null ? null : exempt.kind();
        if (c == Case.WRONG_ARGUMENTS) {
            assertThat(run.ended()).as("ended within %d s; %s", LIMIT.toSeconds(), seen).isTrue();
            assertThat(run.exitCode()).as("exit code; %s", seen).isEqualTo(2);
            assertThat(run.err()).as("stderr; %s", seen).contains("usage:");
            assertNoStackTrace(run, seen);
        } else if (kind == Exemption.RUNS_UNTIL_STOPPED) {
            assertThat(run.ended()).as("still running after %d s, as it should be; %s",
                    STILL_RUNNING_AFTER.toSeconds(), seen).isFalse();
            assertNoStackTrace(run, seen);
        } else {
            assertThat(run.ended()).as("still running after %d s; %s", LIMIT.toSeconds(), seen).isTrue();
            if (kind == Exemption.SHOWS_A_STACK_TRACE) {
                assertThat(traceLines(run.out() + "\n" + run.err())).as("the stack trace it shows; %s", seen).isNotEmpty();
                assertThat(run.exitCode()).as("exit code; %s", seen).isIn(0, 1);
                return;
            }
            assertNoStackTrace(run, seen);
            assertThat(run.exitCode()).as("exit code; %s", seen).isIn(0, 1, 2);
            if (run.exitCode() != 0) {
                assertThat(run.err()).as("a line on stderr says why; %s", seen).isNotBlank();
            }
            if (run.exitCode() == 2) {
                assertThat(run.err()).as("stderr; %s", seen).contains("usage:");
            }
        }
    }

    private static void assertNoStackTrace(Run run, String seen) {
        assertThat(traceLines(run.out())).as("stack trace lines on stdout; %s", seen).isEmpty();
        assertThat(traceLines(run.err())).as("stack trace lines on stderr; %s", seen).isEmpty();
    }

    /** The lines of a text that belong to a stack trace. */
    static List<String> traceLines(String text) {
        return text.lines()
                .filter(line -> line.contains("Exception in thread") || TRACE_LINE.matcher(line).find())
                .limit(5).toList();
    }

    private static String describe(Run run) {
        String firstLines = run.err().lines().limit(8)
                .map(line -> line.length() > 200 ? line.substring(0, 200) + "…" : line)
                .collect(Collectors.joining("\n    ", "\n    ", ""));
        return (run.ended() ? "exit code " + run.exitCode() : "not ended") + "; stderr begins:" + firstLines;
    }

    // ---- running one case -----------------------------------------------------------------------

    private static Run run(Class<?> main, Case c, Path stdin, Path workDirectory) throws IOException, InterruptedException {
        List<String> args = c == Case.WRONG_ARGUMENTS ? WRONG_ARGS.getOrDefault(main, List.of("--no-such-option"))
                : INSTEAD_OF_NO_ARGUMENTS.getOrDefault(main, List::of).get();
        Path out = BATTERY.resolve(binarySimpleName(main) + "-" + c.file + ".out");
        Path err = BATTERY.resolve(binarySimpleName(main) + "-" + c.file + ".err");
        Process process = new ProcessBuilder(ChildJvm.command(main.getName(), args))
                .directory(workDirectory.toFile())
                .redirectInput(stdin.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        boolean untilStopped = c != Case.WRONG_ARGUMENTS && EXEMPT.containsKey(main)
                && EXEMPT.get(main).kind() == Exemption.RUNS_UNTIL_STOPPED;
        boolean ended;
        try {
            ended = process.waitFor((untilStopped ? STILL_RUNNING_AFTER : LIMIT).toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
        }
        return new Run(ended, ended ? process.exitValue() : -1, read(out), read(err));
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static Map<Case, Path> writeStdinFiles() throws IOException {
        Files.createDirectories(BATTERY);
        byte[] garbage = new byte[64 * 1024 + (1 << 20)];
        new Random(20261128).nextBytes(garbage);                 // 64 KiB of random bytes ...
        Arrays.fill(garbage, 64 * 1024, garbage.length, (byte) 'x'); // ... then 1 MiB of x, no newline
        Map<Case, Path> files = new EnumMap<>(Case.class);
        files.put(Case.NO_ARGUMENTS, Files.write(BATTERY.resolve("stdin-empty"), new byte[0]));
        files.put(Case.WRONG_ARGUMENTS, files.get(Case.NO_ARGUMENTS));
        files.put(Case.BLANK_LINES, Files.writeString(BATTERY.resolve("stdin-blank"), "\n\n\n"));
        files.put(Case.GARBAGE, Files.write(BATTERY.resolve("stdin-garbage"), garbage));
        return files;
    }

    // ---- finding the mains ----------------------------------------------------------------------

    private static Path classesDirectory() {
        try {
            return Path.of(Usage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every class under {@code course.ch03} in the compiled classes with a {@code public static void main(String[])}. */
    static List<Class<?>> discoverMains() throws IOException {
        ClassLoader loader = BadInputBatteryTest.class.getClassLoader();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> CLASSES.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "."))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .filter(name -> name.startsWith("course.ch03.") && !name.endsWith("package-info"))
                    .<Class<?>>map(name -> {
                        try {
                            return Class.forName(name, false, loader);
                        } catch (ClassNotFoundException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .filter(BadInputBatteryTest::hasMain)
                    .sorted(Comparator.comparing(Class::getName))
                    .toList();
        }
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

    /** {@code ProcessApiTour$Fails} for a nested class: unique, and the name {@code java} takes. */
    private static String binarySimpleName(Class<?> type) {
        return type.getName().substring(type.getName().lastIndexOf('.') + 1);
    }
}

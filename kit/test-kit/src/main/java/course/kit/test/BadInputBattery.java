package course.kit.test;

import course.kit.Chapter;
import course.kit.ChildJvm;
import course.kit.Demo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * The bad-input battery: every {@code main} of a chapter, found by walking its compiled classes (no
 * list to go stale), runs in a JVM of its own with wrong arguments and with bad standard input. It
 * must end with a usage or error line, never with a stack trace, never hang.
 *
 * <p>The cases, for each main:
 * <ol>
 *   <li>no arguments, empty standard input;</li>
 *   <li>wrong arguments ({@code --no-such-option}, or the forms the chapter names): exit code 2 and
 *       a {@code usage:} line;</li>
 *   <li>no arguments, blank lines on standard input;</li>
 *   <li>no arguments, garbage on standard input: 64 KiB of seeded random bytes (invalid UTF-8 among
 *       them), then 1 MiB of {@code x} without a newline.</li>
 * </ol>
 * Cases 1, 3 and 4 must end within {@value #LIMIT_SECONDS} s with exit code 0, or with 1 or 2 and a
 * line on stderr that says what was wrong, and write at most {@value #OUTPUT_LIMIT} characters (a
 * main whose lesson is to echo its input may write as much again as it read).
 *
 * <p>A chapter's battery extends this class, names its catalogue, and lists its exemptions, each
 * with its reason (shown in the test names): mains that run until stopped (servers), mains whose
 * lesson is a stack trace, mains that accept any arguments; wrong arguments for mains that accept
 * {@code --no-such-option}; and arguments to use instead of none (a port, say). Two mains run at a
 * time (the course machine has two cores); each run's output is kept in
 * {@code target/battery/<Main>-<case>.out|.err}.
 *
 * <p>Minutes, not seconds: tagged {@code battery}, it runs only with
 * {@code ./mvnw -q test -pl chNN-topic -Pbattery} and in the stress profile.
 */
@Tag("battery")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BadInputBattery {

    static final long LIMIT_SECONDS = 60;
    static final int OUTPUT_LIMIT = 256 * 1024;
    private static final int GARBAGE_BYTES = 64 * 1024 + (1 << 20);
    private static final Duration LIMIT = Duration.ofSeconds(LIMIT_SECONDS);
    private static final Duration STILL_RUNNING_AFTER = Duration.ofSeconds(1);
    private static final int AT_ONCE = 2;
    private static final List<List<String>> DEFAULT_WRONG_ARGUMENTS = List.of(List.of("--no-such-option"));

    /**
     * A line of a stack trace as the JVM and {@code printStackTrace} write it: "Exception in thread",
     * or a tab and "at". Demos that show chosen frames of a caught exception indent them with
     * spaces, so those do not count.
     */
    private static final Pattern TRACE_LINE = Pattern.compile("^(Exception in thread |\tat [\\w.$/<>@-]+\\()");

    /** Why a main is not held to every rule. */
    public enum Kind { RUNS_UNTIL_STOPPED, SHOWS_A_STACK_TRACE, ACCEPTS_ANY_ARGUMENTS, ECHOES_ITS_INPUT }

    /** An exemption and its reason, shown in the test name. */
    public record Exemption(Kind kind, String reason) {

        /** A server, or a child that waits to be stopped: still running after 1 s, as it should be. */
        public static Exemption runsUntilStopped(String reason) {
            return new Exemption(Kind.RUNS_UNTIL_STOPPED, reason);
        }

        /** Its lesson is an uncaught exception: the trace must be there, exit code 0 or 1. */
        public static Exemption showsAStackTrace(String reason) {
            return new Exemption(Kind.SHOWS_A_STACK_TRACE, reason);
        }

        /** Every argument list is valid: with "wrong" arguments it must end normally and print them. */
        public static Exemption acceptsAnyArguments(String reason) {
            return new Exemption(Kind.ACCEPTS_ANY_ARGUMENTS, reason);
        }

        /** Its lesson is to send its input back (a server's worker, say): it may write as much as it read, not more. */
        public static Exemption echoesItsInput(String reason) {
            return new Exemption(Kind.ECHOES_ITS_INPUT, reason);
        }

        @Override
        public String toString() {
            return kind.name().toLowerCase().replace('_', ' ') + ": " + reason;
        }
    }

    /** The chapter whose mains are tested: every class with a main in the same classes folder as its catalogue. */
    protected abstract Chapter chapter();

    /** The chapter's exemptions. */
    protected Map<Class<?>, Exemption> exemptions() {
        return Map.of();
    }

    /** Wrong command lines for mains to which {@code --no-such-option} is a valid argument, or that have several wrong forms. */
    protected Map<Class<?>, List<List<String>>> wrongArguments() {
        return Map.of();
    }

    /** Arguments that replace "no arguments" in the input cases (a free port, the port of a test server), computed when used. */
    protected Map<Class<?>, Supplier<List<String>>> argumentsInsteadOfNone() {
        return Map.of();
    }

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

    /** One run: {@code ended} is false when it was still running at its deadline (and was then destroyed). */
    record Run(List<String> args, boolean ended, int exitCode, String out, String err) {
    }

    private ExecutorService lanes;
    private long startNanos;
    private int runs;

    @AfterAll
    void stopLanes() throws InterruptedException {
        if (lanes != null) {
            lanes.shutdownNow();
            assertThat(lanes.awaitTermination(LIMIT_SECONDS + 10, TimeUnit.SECONDS)).as("battery runners ended").isTrue();
            System.out.printf("bad-input battery of %s: %d runs, %d at a time, %.1f s wall%n",
                    chapter().module(), runs, AT_ONCE, (System.nanoTime() - startNanos) / 1e9);
        }
    }

    @Test
    @DisplayName("the walk over the compiled classes finds every demo of the catalogue, and every exemption names a main")
    void discoveryFindsTheCatalogue() throws Exception {
        List<Class<?>> mains = discoverMains();
        List<Class<?>> demos = chapter().sections().stream()
                .flatMap(s -> s.demos().stream()).<Class<?>>map(Demo::mainClass).toList();
        assertThat(mains).containsAll(demos);
        assertThat(mains).containsAll(exemptions().keySet()).containsAll(wrongArguments().keySet())
                .containsAll(argumentsInsteadOfNone().keySet());
    }

    @TestFactory
    @DisplayName("every main")
    Stream<DynamicContainer> everyMain() throws Exception {
        List<Class<?>> mains = discoverMains();
        assertThat(mains).as("mains found under %s", classes()).hasSizeGreaterThan(chapter().sections().size());
        Path battery = Files.createDirectories(classes().resolveSibling("battery"));
        Path workDirectory = Files.createDirectories(battery.resolve("work"));
        Path empty = Files.write(battery.resolve("stdin-empty"), new byte[0]);
        Path blank = Files.writeString(battery.resolve("stdin-blank"), "\n\n\n");
        byte[] garbage = new byte[GARBAGE_BYTES];
        new Random(20261128).nextBytes(garbage);                     // 64 KiB of random bytes ...
        Arrays.fill(garbage, 64 * 1024, garbage.length, (byte) 'x');  // ... then 1 MiB of x, no newline
        Path garbageFile = Files.write(battery.resolve("stdin-garbage"), garbage);

        // Runs start now, two mains at a time; each dynamic test waits for its own run.
        lanes = Executors.newFixedThreadPool(AT_ONCE, r -> Thread.ofPlatform().daemon().name("battery").unstarted(r));
        startNanos = System.nanoTime();
        List<DynamicContainer> containers = new ArrayList<>();
        for (Class<?> main : mains) {
            Exemption exemption = exemptions().get(main);
            List<DynamicTest> tests = new ArrayList<>();
            List<Runnable> work = new ArrayList<>();
            for (Case c : Case.values()) {
                List<List<String>> argumentLists = c == Case.WRONG_ARGUMENTS
                        ? wrongArguments().getOrDefault(main, DEFAULT_WRONG_ARGUMENTS)
                        : List.of(List.of());
                for (List<String> wrong : argumentLists) {
                    Path stdin = switch (c) {
                        case BLANK_LINES -> blank;
                        case GARBAGE -> garbageFile;
                        default -> empty;
                    };
                    String file = binarySimpleName(main) + "-" + c.file + (argumentLists.size() > 1 ? "-" + tests.size() : "");
                    CompletableFuture<Run> result = new CompletableFuture<>();
                    work.add(() -> {
                        try {
                            List<String> args = c == Case.WRONG_ARGUMENTS ? wrong
                                    : argumentsInsteadOfNone().getOrDefault(main, List::of).get();
                            result.complete(run(main, exemption, c, args, stdin, workDirectory, battery.resolve(file)));
                        } catch (Throwable t) {
                            result.completeExceptionally(t);
                        }
                    });
                    String title = c == Case.WRONG_ARGUMENTS && argumentLists.size() > 1 ? c.title + " " + wrong : c.title;
                    tests.add(DynamicTest.dynamicTest(title, () -> check(main, exemption, c, result.get(15, TimeUnit.MINUTES))));
                    runs++;
                }
            }
            lanes.execute(() -> work.forEach(Runnable::run));
            String name = binarySimpleName(main) + (exemption == null ? "" : "   [" + exemption + "]");
            containers.add(DynamicContainer.dynamicContainer(name, tests.stream()));
        }
        return containers.stream();
    }

    // ---- the rules ------------------------------------------------------------------------------

    private static void check(Class<?> main, Exemption exemption, Case c, Run run) {
        String seen = binarySimpleName(main) + " " + run.args() + ", " + c.file + ": " + describe(run);
        Kind kind = exemption == null ? null : exemption.kind();
        if (c == Case.WRONG_ARGUMENTS && kind == Kind.ACCEPTS_ANY_ARGUMENTS) {
            assertThat(run.ended()).as("ended within %d s; %s", LIMIT_SECONDS, seen).isTrue();
            assertThat(run.exitCode()).as("exit code; %s", seen).isZero();
            assertThat(run.out()).as("it prints back its arguments; %s", seen).contains(run.args());
            assertNoStackTrace(run, seen);
        } else if (c == Case.WRONG_ARGUMENTS) {
            assertThat(run.ended()).as("ended within %d s; %s", LIMIT_SECONDS, seen).isTrue();
            assertThat(run.exitCode()).as("exit code; %s", seen).isEqualTo(2);
            assertThat(run.err()).as("stderr; %s", seen).contains("usage:");
            assertNoStackTrace(run, seen);
        } else if (kind == Kind.RUNS_UNTIL_STOPPED) {
            assertThat(run.ended()).as("still running after %d s, as it should be; %s",
                    STILL_RUNNING_AFTER.toSeconds(), seen).isFalse();
            assertNoStackTrace(run, seen);
        } else {
            assertThat(run.ended()).as("still running after %d s; %s", LIMIT_SECONDS, seen).isTrue();
            assertThat(run.out().length() + run.err().length()).as("characters written; %s", seen)
                    .isLessThanOrEqualTo(kind == Kind.ECHOES_ITS_INPUT ? OUTPUT_LIMIT + GARBAGE_BYTES : OUTPUT_LIMIT);
            if (kind == Kind.SHOWS_A_STACK_TRACE) {
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

    /** The lines of a text that belong to a stack trace (at most five). */
    static List<String> traceLines(String text) {
        return text.lines().filter(line -> TRACE_LINE.matcher(line).find()).limit(5).toList();
    }

    private static String describe(Run run) {
        String firstLines = run.err().lines().limit(8)
                .map(line -> line.length() > 200 ? line.substring(0, 200) + "…" : line)
                .collect(Collectors.joining("\n    ", "\n    ", ""));
        return (run.ended() ? "exit code " + run.exitCode() : "not ended") + "; stderr begins:" + firstLines;
    }

    // ---- running one case -----------------------------------------------------------------------

    private static Run run(Class<?> main, Exemption exemption, Case c, List<String> args, Path stdin,
                           Path workDirectory, Path outputs) throws IOException, InterruptedException {
        Path out = Path.of(outputs + ".out");
        Path err = Path.of(outputs + ".err");
        Process process = new ProcessBuilder(ChildJvm.command(main.getName(), args))
                .directory(workDirectory.toFile())
                .redirectInput(stdin.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        boolean untilStopped = c != Case.WRONG_ARGUMENTS && exemption != null && exemption.kind() == Kind.RUNS_UNTIL_STOPPED;
        boolean ended;
        try {
            ended = process.waitFor((untilStopped ? STILL_RUNNING_AFTER : LIMIT).toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
        }
        return new Run(args, ended, ended ? process.exitValue() : -1, read(out), read(err));
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    // ---- finding the mains ----------------------------------------------------------------------

    /** The chapter's compiled classes: the folder (or jar) its catalogue was loaded from. */
    private Path classes() {
        Class<?> catalogue = chapter().sections().getFirst().demos().getFirst().mainClass();
        try {
            return Path.of(catalogue.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every class of the chapter's package in its compiled classes with a {@code public static void main(String[])}. */
    private List<Class<?>> discoverMains() throws IOException {
        Path classes = classes();
        String prefix = "course." + chapter().id() + ".";
        ClassLoader loader = getClass().getClassLoader();
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "."))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .filter(name -> name.startsWith(prefix) && !name.endsWith("package-info"))
                    .<Class<?>>map(name -> {
                        try {
                            return Class.forName(name, false, loader);
                        } catch (ClassNotFoundException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .filter(BadInputBattery::hasMain)
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

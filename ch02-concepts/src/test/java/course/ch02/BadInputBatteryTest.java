package course.ch02;

import course.ch02.s02_program.WhoAmI;
import course.ch02.s05_creating.ChildReport;
import course.ch02.s06_termination.DividesByZero;
import course.ch02.s06_termination.RunsUntilKilled;
import course.ch02.s07_hierarchy.Branch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code main} of the chapter, given bad input, ends with a usage or error line — a
 * non-zero exit code where the arguments were wrong — never with a stack trace, never hangs.
 *
 * <p>The mains are found in {@code target/classes}, not listed by hand. Each one runs in a fresh
 * JVM ({@link ChildJvm}) at least four times: no arguments and empty input; wrong arguments; blank lines
 * on its input; garbage on its input. Its output goes to {@code target/battery/<Main>-<case>.out}
 * and {@code .err}, kept for reading after a failure. At most {@value #AT_ONCE} JVMs run at a
 * time. Tagged {@code battery}: it runs only with {@code ./mvnw -q test -pl ch02-concepts -Pbattery}.
 */
@Tag("battery")
@DisplayName("Bad input: every main of chapter 2 ends with a usage or error line, never a stack trace or a hang")
class BadInputBatteryTest {

    static final String PACKAGE = "course.ch02";
    static final Duration LIMIT = Duration.ofSeconds(60);
    static final Duration STILL_ALIVE_AFTER = Duration.ofSeconds(1);
    static final int AT_ONCE = 2;
    static final List<String> DEFAULT_WRONG_ARGS = List.of("--no-such-option");

    // ------------------------------------------------------------------ exemptions, each with its reason

    /** Mains that run until another process ends them, by design. */
    static final Map<Class<?>, String> RUNS_UNTIL_STOPPED = Map.of(
            RunsUntilKilled.class, "it waits for its parent to end, so that FourWaysToEnd can kill it (§2.6)");

    /** Mains whose lesson is an uncaught exception: the stack trace must be there. */
    static final Map<Class<?>, String> SHOWS_A_STACK_TRACE = Map.of(
            DividesByZero.class, "its lesson is what the JVM does with an uncaught ArithmeticException:"
                    + " a stack trace and exit code 1 (§2.6)");

    /** Mains for which every argument list is valid. */
    static final Map<Class<?>, String> ANY_ARGUMENTS_ACCEPTED = Map.of(
            ChildReport.class, "it prints back whatever arguments it is given, * and $HOME included:"
                    + " that no shell touches them is its lesson (§2.5)");

    /** Mains for which --no-such-option is a valid argument: a form that really is wrong. */
    static final Map<Class<?>, List<String>> WRONG_ARGS = Map.of(
            WhoAmI.class, List.of("one label", "one too many"));   // any one label is valid, two are not

    /** Mains that read their input only once their arguments are right: the input cases again, with those. */
    static final Map<Class<?>, List<String>> READS_INPUT_WITH = Map.of(
            Branch.class, List.of("0"));

    // ------------------------------------------------------------------ the inputs

    enum Input {
        EMPTY("empty"), BLANK_LINES("blank lines"), GARBAGE("garbage");

        final String description;

        Input(String description) {
            this.description = description;
        }

        /** Written once per run of the class; every child reads it from the file. */
        byte[] bytes() {
            return switch (this) {
                case EMPTY -> new byte[0];
                case BLANK_LINES -> "\n\n\n".getBytes(StandardCharsets.UTF_8);
                case GARBAGE -> {
                    byte[] random = new byte[64 * 1024];      // invalid UTF-8 among other things
                    new Random(20261128).nextBytes(random);
                    byte[] garbage = Arrays.copyOf(random, random.length + 1024 * 1024);
                    Arrays.fill(garbage, random.length, garbage.length, (byte) 'x');   // 1 MiB, no newline
                    yield garbage;
                }
            };
        }
    }

    /** One run of one main: what it was given and what it did. {@code exitCode} is -1 if it had to be stopped. */
    record Outcome(int exitCode, boolean stillRunning, String out, String err, Duration took) {
    }

    static Path batteryDir;
    static ExecutorService pool;

    @BeforeAll
    static void prepare() throws Exception {
        batteryDir = classesDir().getParent().resolve("battery");
        Files.createDirectories(batteryDir);
        for (Input input : Input.values()) {
            Files.write(inputFile(input), input.bytes());
        }
        // Daemon threads, shut down below: the leak check allows no new non-daemon thread.
        pool = Executors.newFixedThreadPool(AT_ONCE, r -> {
            Thread t = new Thread(r, "battery");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void shutDown() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(LIMIT.toSeconds(), TimeUnit.SECONDS)).as("battery runs ended").isTrue();
    }

    // ------------------------------------------------------------------ finding the mains

    static Path classesDir() throws Exception {
        return Path.of(Usage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** Every class under course.ch02 in target/classes with a public static void main(String[]). */
    static List<Class<?>> discoverMains() throws Exception {
        Path classes = classesDir();
        List<String> names;
        try (Stream<Path> files = Files.walk(classes.resolve(PACKAGE.replace('.', '/')))) {
            names = files.map(f -> classes.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".class") && !f.endsWith("module-info.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        }
        ClassLoader loader = BadInputBatteryTest.class.getClassLoader();
        List<Class<?>> mains = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, loader);   // not initialised: nothing runs
            if (hasMain(type)) {
                mains.add(type);
            }
        }
        mains.sort(Comparator.comparing(Class::getName));
        return mains;
    }

    static boolean hasMain(Class<?> type) {
        try {
            Method main = type.getDeclaredMethod("main", String[].class);
            return Modifier.isPublic(main.getModifiers()) && Modifier.isStatic(main.getModifiers())
                    && main.getReturnType() == void.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @Test
    @DisplayName("the search for mains finds the launcher and every demo of the catalogue")
    void discoveryFindsTheCatalogue() throws Exception {
        List<Class<?>> mains = discoverMains();
        List<Class<?>> demos = Chapter02.SECTIONS.stream()
                .flatMap(s -> s.demos().stream()).<Class<?>>map(Chapter02.Demo::mainClass).toList();
        assertThat(mains).hasSizeGreaterThanOrEqualTo(demos.size() + 1)
                .contains(Chapter02.class)
                .containsAll(demos)
                .containsAll(RUNS_UNTIL_STOPPED.keySet())
                .containsAll(SHOWS_A_STACK_TRACE.keySet())
                .containsAll(ANY_ARGUMENTS_ACCEPTED.keySet())
                .containsAll(WRONG_ARGS.keySet())
                .containsAll(READS_INPUT_WITH.keySet());
    }

    // ------------------------------------------------------------------ the battery

    @TestFactory
    @DisplayName("every main, in a JVM of its own")
    Stream<DynamicContainer> everyMainGivenBadInput() throws Exception {
        List<Class<?>> mains = discoverMains();
        assertThat(mains).as("mains found in %s", classesDir()).hasSizeGreaterThanOrEqualTo(
                (int) Chapter02.SECTIONS.stream().mapToLong(s -> s.demos().size()).sum());
        // Every run is started now, AT_ONCE at a time, in this order; each test waits for its own.
        List<DynamicContainer> containers = new ArrayList<>();
        for (Class<?> main : mains) {
            containers.add(DynamicContainer.dynamicContainer(containerName(main), casesOf(main)));
        }
        return containers.stream();
    }

    static String containerName(Class<?> main) {
        String name = main.getSimpleName();
        if (RUNS_UNTIL_STOPPED.containsKey(main)) {
            return name + " — runs until stopped: " + RUNS_UNTIL_STOPPED.get(main);
        }
        if (SHOWS_A_STACK_TRACE.containsKey(main)) {
            return name + " — shows a stack trace: " + SHOWS_A_STACK_TRACE.get(main);
        }
        if (ANY_ARGUMENTS_ACCEPTED.containsKey(main)) {
            return name + " — any arguments accepted: " + ANY_ARGUMENTS_ACCEPTED.get(main);
        }
        return name;
    }

    List<DynamicTest> casesOf(Class<?> main) {
        List<String> wrong = WRONG_ARGS.getOrDefault(main, DEFAULT_WRONG_ARGS);
        List<DynamicTest> cases = new ArrayList<>();
        cases.add(normalCase(main, "no arguments, empty input", "no-args", List.of(), Input.EMPTY));
        CompletableFuture<Outcome> wrongRun = start(main, "wrong-args", wrong, Input.EMPTY, false);
        cases.add(DynamicTest.dynamicTest("wrong arguments " + wrong, () -> checkWrongArguments(main, wrong, wrongRun.join())));
        cases.add(normalCase(main, "blank lines on the input", "blank-lines", List.of(), Input.BLANK_LINES));
        cases.add(normalCase(main, "garbage on the input (64 KiB of random bytes, then 1 MiB of x without a newline)",
                "garbage", List.of(), Input.GARBAGE));
        List<String> valid = READS_INPUT_WITH.get(main);
        if (valid != null) {
            cases.add(normalCase(main, "blank lines on the input, arguments " + valid, "blank-lines-with-args", valid, Input.BLANK_LINES));
            cases.add(normalCase(main, "garbage on the input, arguments " + valid, "garbage-with-args", valid, Input.GARBAGE));
        }
        return cases;
    }

    DynamicTest normalCase(Class<?> main, String name, String slug, List<String> args, Input input) {
        boolean untilStopped = RUNS_UNTIL_STOPPED.containsKey(main);
        CompletableFuture<Outcome> run = start(main, slug, args, input, untilStopped);
        return DynamicTest.dynamicTest(name, () -> checkNormalRun(main, args, run.join()));
    }

    CompletableFuture<Outcome> start(Class<?> main, String slug, List<String> args, Input input, boolean untilStopped) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return run(main, slug, args, input, untilStopped);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while running " + main.getSimpleName(), e);
            }
        }, pool);
    }

    // ------------------------------------------------------------------ one run

    static Path inputFile(Input input) {
        return batteryDir.resolve("input-" + input.name().toLowerCase().replace('_', '-') + ".bin");
    }

    /**
     * Runs {@code main} with {@code args}, its input read from a file (so it ends at once when the
     * file does), its output into files. Waits {@link #LIMIT} — or, for a main that runs until
     * stopped, {@link #STILL_ALIVE_AFTER} — then ends what is left: the process and its descendants.
     */
    static Outcome run(Class<?> main, String slug, List<String> args, Input input, boolean untilStopped)
            throws IOException, InterruptedException {
        Path out = batteryDir.resolve(main.getSimpleName() + "-" + slug + ".out");
        Path err = batteryDir.resolve(main.getSimpleName() + "-" + slug + ".err");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(ChildJvm.command(main.getName(), args))
                .redirectInput(inputFile(input).toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        boolean ended;
        try {
            ended = process.waitFor((untilStopped ? STILL_ALIVE_AFTER : LIMIT).toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            // Its descendants first: once the process is gone they are no longer ours to find.
            List<ProcessHandle> family = process.descendants().toList();
            process.destroyForcibly();
            family.forEach(ProcessHandle::destroyForcibly);
            process.waitFor();
            for (ProcessHandle p : family) {
                p.onExit().completeOnTimeout(p, LIMIT.toSeconds(), TimeUnit.SECONDS).join();
            }
        }
        return new Outcome(ended ? process.exitValue() : -1, !ended,
                read(out), read(err), Duration.ofNanos(System.nanoTime() - start));
    }

    /** The output as text; malformed bytes (the garbage echoed back, say) become U+FFFD. */
    static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ the checks

    /**
     * A JVM's uncaught-exception report: "Exception in thread" at the start of a line, or a frame
     * line ("\tat course.ch02.X.main(X.java:12)", module frames "java.base/..." included). A demo
     * that quotes such a line in the middle of its own line (FourWaysToEnd) prints no trace.
     */
    static final Pattern STACK_TRACE = Pattern.compile("(?m)^Exception in thread |^\\s+at [\\w.$/]+\\(");

    static boolean hasStackTrace(String text) {
        return STACK_TRACE.matcher(text).find();
    }

    static String firstLines(String text, int count) {
        List<String> lines = text.lines().limit(count + 1).toList();
        String shown = String.join("\n  | ", lines.subList(0, Math.min(count, lines.size())));
        return lines.isEmpty() ? "(nothing)" : "\n  | " + shown + (lines.size() > count ? "\n  | …" : "");
    }

    static String describe(Class<?> main, List<String> args, Outcome o) {
        return main.getSimpleName() + " " + args + ": " + (o.stillRunning() ? "still running" : "exit code " + o.exitCode())
                + " after " + o.took().toMillis() + " ms; stderr:" + firstLines(o.err(), 8)
                + "\nstdout:" + firstLines(o.out(), 4);
    }

    static void assertNoStackTrace(Class<?> main, List<String> args, Outcome o) {
        assertThat(hasStackTrace(o.err()) || hasStackTrace(o.out()))
                .as("a stack trace from %s", describe(main, args, o)).isFalse();
    }

    static void checkNormalRun(Class<?> main, List<String> args, Outcome o) {
        if (RUNS_UNTIL_STOPPED.containsKey(main)) {
            assertThat(o.stillRunning()).as("%s should still run after %d s: %s", main.getSimpleName(),
                    STILL_ALIVE_AFTER.toSeconds(), describe(main, args, o)).isTrue();
            assertNoStackTrace(main, args, o);
            return;
        }
        assertThat(o.stillRunning()).as("%s still running after %d s: %s", main.getSimpleName(),
                LIMIT.toSeconds(), describe(main, args, o)).isFalse();
        if (SHOWS_A_STACK_TRACE.containsKey(main)) {
            assertThat(o.exitCode()).as("exit code of %s", describe(main, args, o)).isEqualTo(1);
            assertThat(o.err()).as("the uncaught exception of %s", describe(main, args, o))
                    .startsWith("Exception in thread \"main\" ");
            assertThat(hasStackTrace(o.err())).as("a stack trace from %s", describe(main, args, o)).isTrue();
            return;
        }
        assertNoStackTrace(main, args, o);
        switch (o.exitCode()) {
            case 0 -> { }
            case 1 -> assertThat(o.err()).as("what went wrong, on stderr: %s", describe(main, args, o)).isNotBlank();
            case 2 -> assertThat(o.err()).as("the usage line of %s", describe(main, args, o)).contains("usage: ");
            default -> throw new AssertionError("exit code 0, 1 (with a message) or 2 (with the usage) expected: "
                    + describe(main, args, o));
        }
    }

    static void checkWrongArguments(Class<?> main, List<String> args, Outcome o) {
        assertThat(o.stillRunning()).as("%s still running after %d s: %s", main.getSimpleName(),
                LIMIT.toSeconds(), describe(main, args, o)).isFalse();
        assertNoStackTrace(main, args, o);
        if (ANY_ARGUMENTS_ACCEPTED.containsKey(main)) {
            assertThat(o.exitCode()).as("exit code of %s", describe(main, args, o)).isZero();
            assertThat(o.out()).as("%s reports its arguments: %s", main.getSimpleName(), describe(main, args, o))
                    .contains(args);
            return;
        }
        assertThat(o.exitCode()).as("exit code of %s", describe(main, args, o)).isEqualTo(Usage.EXIT_CODE);
        assertThat(o.err()).as("the usage line of %s", describe(main, args, o)).contains("usage: ");
    }
}

package course.ch01;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code main} of chapter 1, given bad input, ends with a usage or error line: a non-zero
 * exit code where the arguments were wrong, never a stack trace, never a hang.
 *
 * <p>The mains are found in {@code target/classes}, not listed by hand, so that a new demo is
 * held to the same rules the day it is added. Each case runs the main in a JVM of its own, with
 * standard input from a file and its output to files under {@code target/battery/}. Runs go two
 * at a time (the machine has two cores); the test of a case waits for its run.
 *
 * <p>Tag {@code battery}: not in the default run. {@code ./mvnw -q test -pl ch01-exceptions -Pbattery}
 */
@Tag("battery")
@DisplayName("Bad-input battery: every main of chapter 1 given no, wrong, blank and garbage input")
class BadInputBatteryTest {

    // Chapter 1 has no server and no main whose lesson is a trace: every main meets every rule.
    // RuntimeErrors lets an exception escape only when given "crash", which no case here uses.

    /**
     * Wrong argument lists per main; every other main gets {@code --no-such-option}. Mains that
     * take arguments get every malformed form they must refuse.
     */
    static final Map<String, List<List<String>>> WRONG_ARGS = Map.of(
            "course.ch01.Chapter01", List.of(
                    List.of("--no-such-option"), List.of("9.99"), List.of("1.3", "1.4")),
            "course.ch01.s01_exceptions.RuntimeErrors", List.of(
                    List.of("--no-such-option"), List.of("crash", "twice")),
            "course.ch01.s03_handling.LineCounter", List.of(
                    List.of("--no-such-option"), List.of(" "), List.of("pom.xml", "-v")));

    static final List<List<String>> DEFAULT_WRONG_ARGS = List.of(List.of("--no-such-option"));

    static final long LIMIT_SECONDS = 60;
    /** A frame as the JVM and printStackTrace write it: a tab, then "at". Demos that show chosen
     *  frames of a caught exception indent them with spaces, so those do not count. */
    static final Pattern FRAME = Pattern.compile("^\tat [\\w.$]+\\(", Pattern.MULTILINE);
    /** The garbage case pipes in more than 1 MiB; a main that caps its lines writes far less. */
    static final long GARBAGE_OUTPUT_LIMIT = 256 * 1024;

    static Path classes;
    static Path dir;
    static Path emptyInput;
    static Path blankInput;
    static Path garbageInput;
    static ExecutorService runner;

    /** What one run of a main produced. */
    record Run(String name, int exitCode, boolean timedOut, String out, String err) {
        /** The first lines of each output, for failure messages. */
        String shown() {
            return name + ": exit code " + (timedOut ? "(none: still running after " + LIMIT_SECONDS + " s)" : exitCode)
                    + "\n--- stderr (first 12 lines):\n" + head(err, 12) + "\n--- stdout (first 6 lines):\n" + head(out, 6);
        }
    }

    @BeforeAll
    static void prepare() throws Exception {
        classes = Path.of(Usage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        dir = Files.createDirectories(classes.resolveSibling("battery"));
        emptyInput = Files.write(dir.resolve("stdin-empty"), new byte[0]);
        blankInput = Files.writeString(dir.resolve("stdin-blank"), "\n\n\n");
        byte[] random = new byte[64 * 1024];
        new Random(20261128).nextBytes(random);
        byte[] longLine = new byte[1024 * 1024];
        Arrays.fill(longLine, (byte) 'x');
        garbageInput = dir.resolve("stdin-garbage");
        Files.write(garbageInput, random);
        Files.write(garbageInput, longLine, java.nio.file.StandardOpenOption.APPEND);
        runner = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void shutDown() {
        runner.shutdownNow();
        try {
            assertThat(runner.awaitTermination(LIMIT_SECONDS + 10, TimeUnit.SECONDS)).as("battery runs ended").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @DisplayName("the discovery finds the launcher and every demo of the catalogue")
    void discoveryFindsEveryDemo() throws IOException {
        List<Class<?>> mains = mains();
        List<Class<?>> demos = Chapter01.SECTIONS.stream()
                .flatMap(s -> s.demos().stream()).map(Chapter01.Demo::mainClass).toList();
        assertThat(mains).hasSizeGreaterThanOrEqualTo(demos.size() + 1).contains(Chapter01.class).containsAll(demos);
        assertThat(WRONG_ARGS.keySet()).as("WRONG_ARGS names only mains that exist")
                .isSubsetOf(mains.stream().map(Class::getName).toList());
    }

    @Test
    @DisplayName("the stack-trace check sees a JVM report and a printed trace, not a usage line or frames a demo shows")
    void stackTraceCheck() {
        assertThat(hasStackTrace("Exception in thread \"main\" java.lang.ArithmeticException: / by zero")).isTrue();
        assertThat(hasStackTrace("java.lang.IllegalStateException: x\n\tat course.ch01.Demo.main(Demo.java:3)\n")).isTrue();
        assertThat(hasStackTrace("\tat course.ch01.Demo$1.run(Demo.java:3)")).isTrue();
        assertThat(hasStackTrace("usage: Demo   (takes no arguments; got: at x(y)")).isFalse();
        assertThat(hasStackTrace("  ArithmeticException: / by zero\n    at course.ch01.Demo.main(Demo.java:3)")).isFalse();
    }

    @TestFactory
    @DisplayName("every main")
    List<DynamicContainer> everyMain() throws IOException {
        List<DynamicContainer> containers = new ArrayList<>();
        for (Class<?> main : mains()) {
            List<DynamicTest> tests = new ArrayList<>();
            tests.add(noArgumentsCase(main, "no-args", "no arguments, empty stdin", emptyInput));
            List<List<String>> forms = WRONG_ARGS.getOrDefault(main.getName(), DEFAULT_WRONG_ARGS);
            for (int i = 0; i < forms.size(); i++) {
                List<String> args = forms.get(i);
                Future<Run> run = start(main, "wrong-args-" + (i + 1), args, emptyInput);
                tests.add(DynamicTest.dynamicTest("wrong arguments: " + shownArgs(args), () -> {
                    Run r = run.get();
                    assertThat(r.timedOut()).as("still running after %d s%n%s", LIMIT_SECONDS, r.shown()).isFalse();
                    assertThat(r.exitCode()).as("exit code%n%s", r.shown()).isEqualTo(2);
                    assertThat(r.err()).as("a usage line on stderr%n%s", r.shown()).contains("usage:");
                    assertThat(r.out()).as("stdout: the arguments are checked before any work%n%s", r.shown()).isEmpty();
                    assertNoStackTrace(r);
                }));
            }
            tests.add(noArgumentsCase(main, "blank-lines", "blank lines on stdin", blankInput));
            tests.add(noArgumentsCase(main, "garbage",
                    "garbage on stdin (64 KiB of random bytes, then a 1 MiB line without newline)", garbageInput));
            containers.add(DynamicContainer.dynamicContainer(main.getSimpleName(), tests));
        }
        return containers;
    }

    /** Cases 1, 3 and 4: no arguments, some input; the main ends on its own, cleanly. */
    private DynamicTest noArgumentsCase(Class<?> main, String id, String title, Path stdin) {
        Future<Run> run = start(main, id, List.of(), stdin);
        return DynamicTest.dynamicTest(title, () -> {
            Run r = run.get();
            assertThat(r.timedOut()).as("still running after %d s%n%s", LIMIT_SECONDS, r.shown()).isFalse();
            assertNoStackTrace(r);
            if (r.exitCode() != 0) {
                assertThat(r.err()).as("a non-zero exit says on stderr what was wrong%n%s", r.shown()).isNotBlank();
            }
            if (r.exitCode() == 2) {
                assertThat(r.err()).as("exit code 2 comes with a usage line%n%s", r.shown()).contains("usage:");
            }
            if (stdin == garbageInput) {
                assertThat((long) r.out().length() + r.err().length())
                        .as("output of the garbage run, in characters: lines are capped, not echoed whole%n%s", r.shown())
                        .isLessThan(GARBAGE_OUTPUT_LIMIT);
            }
        });
    }

    private static void assertNoStackTrace(Run r) {
        assertThat(hasStackTrace(r.out())).as("a stack trace on stdout%n%s", r.shown()).isFalse();
        assertThat(hasStackTrace(r.err())).as("a stack trace on stderr%n%s", r.shown()).isFalse();
    }

    /** "Exception in thread", or a frame of a printed trace: {@code <tab>at a.b.C.m(}. */
    static boolean hasStackTrace(String text) {
        return text.contains("Exception in thread") || FRAME.matcher(text).find();
    }

    // ---------------------------------------------------------------- running a main

    /** Queues one run of {@code main}; at most two run at a time. */
    private static Future<Run> start(Class<?> main, String id, List<String> args, Path stdin) {
        return runner.submit(() -> run(main, id, args, stdin));
    }

    private static Run run(Class<?> main, String id, List<String> args, Path stdin) throws IOException, InterruptedException {
        List<String> command = DemoRunner.command(main, args);
        String name = main.getSimpleName() + "-" + id;
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        Process process = new ProcessBuilder(command)
                .redirectInput(stdin.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        boolean ended;
        try {
            ended = process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS);
        } finally {
            // Whatever happened, nothing of this run may outlive it.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            if (process.isAlive()) {
                process.destroyForcibly();
            }
            process.waitFor();
        }
        return new Run(name, ended ? process.exitValue() : -1, !ended, read(out), read(err));
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- finding the mains

    /** Every class of {@code course.ch01} in target/classes with a {@code public static void main(String[])}. */
    static List<Class<?>> mains() throws IOException {
        ClassLoader loader = BadInputBatteryTest.class.getClassLoader();
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "."))
                    .map(f -> f.substring(0, f.length() - ".class".length()))
                    .filter(n -> n.startsWith("course.ch01.") && !n.endsWith("module-info") && !n.endsWith("package-info"))
                    .sorted()
                    .<Class<?>>map(n -> {
                        try {
                            return Class.forName(n, false, loader);
                        } catch (ClassNotFoundException e) {
                            throw new IllegalStateException("cannot load " + n + " found in " + classes, e);
                        }
                    })
                    .filter(BadInputBatteryTest::hasMain)
                    .sorted(Comparator.comparing(Class::getName))
                    .toList();
        }
    }

    private static boolean hasMain(Class<?> c) {
        try {
            Method main = c.getDeclaredMethod("main", String[].class);
            return Modifier.isPublic(main.getModifiers()) && Modifier.isStatic(main.getModifiers())
                    && main.getReturnType() == void.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static String shownArgs(List<String> args) {
        return String.join(" ", args.stream().map(a -> a.isBlank() ? "'" + a + "'" : a).toList());
    }

    private static String head(String text, int lines) {
        List<String> all = text.lines().toList();
        String shown = String.join("\n", all.subList(0, Math.min(lines, all.size())));
        if (shown.length() > 2000) {
            shown = shown.substring(0, 2000) + "…";
        }
        return shown + (all.size() > lines ? "\n… (" + (all.size() - lines) + " more lines)" : "");
    }
}

package course.kit.test;

import course.kit.ChildJvm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a demo's {@code main} the way a learner would, and returns what it printed.
 *
 * <p>{@link #run} calls {@code main} in this JVM with the given standard input, capturing
 * standard output and error: fast, for demos that end normally. {@link #runInNewJvm} starts a
 * fresh JVM: for demos that exit with a code (usage errors) or must not share this JVM.
 */
public final class DemoRunner {

    /** What a demo run produced. {@code exitCode} is 0 for an in-process run that returned. */
    public record Result(int exitCode, String out, String err) {
        public List<String> lines() {
            return out.lines().toList();
        }
    }

    private static final long TIMEOUT_SECONDS = 20;

    private DemoRunner() {
    }

    /** Runs {@code main(args)} in this JVM with {@code stdin} as standard input. */
    public static synchronized Result run(Class<?> mainClass, String stdin, String... args) throws Throwable {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            MethodHandles.publicLookup()
                    .findStatic(mainClass, "main", MethodType.methodType(void.class, String[].class))
                    .invoke((Object) args);
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Result(0, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code main(args)} in a new JVM on this JVM's class path; waits at most 20 s. */
    public static Result runInNewJvm(Class<?> mainClass, String stdin, String... args) throws Exception {
        return runInNewJvm(List.of(), mainClass, stdin, args);
    }

    /**
     * The same, with more JVM options for the new JVM ({@code -Dname=value}, say); they come after
     * the ones a child JVM gets anyway, so that they win ({@code -Dcourse.timeScale=1}, say).
     */
    public static Result runInNewJvm(List<String> jvmOptions, Class<?> mainClass, String stdin, String... args)
            throws Exception {
        List<String> command = new ArrayList<>(ChildJvm.command(mainClass, args));
        command.addAll(command.indexOf("-cp"), jvmOptions);
        // Files, not pipes, for the child's output: nothing to drain concurrently, no deadlock.
        Path outFile = Files.createTempFile("demo-out", ".txt");
        Path errFile = Files.createTempFile("demo-err", ".txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(outFile.toFile())
                .redirectError(errFile.toFile())
                .start();
        try {
            try (var stdinPipe = process.getOutputStream()) {
                stdinPipe.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError(mainClass.getSimpleName() + " did not end within " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), Files.readString(outFile), Files.readString(errFile));
        } finally {
            process.destroyForcibly();
            process.waitFor();
            Files.deleteIfExists(outFile);
            Files.deleteIfExists(errFile);
        }
    }
}

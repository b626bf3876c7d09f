package course.ch02.s06_termination;

import course.kit.ChildJvm;
import course.kit.Usage;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * §2.6 Process termination (进程的终止) — the four ways a process ends, with real exit codes.
 *
 * <p><b>The Python original</b> names four ends: a normal exit (voluntary); an error exit
 * (voluntary: the program notices a problem, such as a missing script file, and quits); a fatal
 * error (involuntary: an illegal memory access or a division by zero, which a {@code try} could
 * have caught); and being killed by another process ({@code kill -9}).
 *
 * <p><b>In Java</b> this demo starts five child JVMs at once and prints how each ended. On Linux
 * and macOS a process killed by signal N reports 128 + N: {@code destroy()} sends SIGTERM (15), so
 * 143, and the child's shutdown hooks run; {@code destroyForcibly()} sends SIGKILL (9), so 137, and
 * nothing in the child runs any more. (On Windows both simply terminate the process, code 1.)
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch02-concepts compile exec:exec -Dsection=2.6}
 *
 * <p><b>Expected</b> (on Linux, the same every run; elsewhere the two killed children may report 1):
 * <pre>
 * normal exit (voluntary)    System.exit(0)                     exit code 0
 * error exit (voluntary)     main class that does not exist     exit code 1; stderr: Error: Could not find or load main class course.ch02.s06_termination.NoSuchProgram
 * fatal error (involuntary)  uncaught ArithmeticException       exit code 1; stderr: Exception in thread "main" java.lang.ArithmeticException: / by zero
 * killed (involuntary)       destroy(), SIGTERM                 exit code 143 = 128 + 15; the child's shutdown hook ran
 * killed (involuntary)       destroyForcibly(), SIGKILL         exit code 137 = 128 + 9; no shutdown hook ran
 * </pre>
 */
public final class FourWaysToEnd {

    static final String MISSING_MAIN = FourWaysToEnd.class.getPackageName() + ".NoSuchProgram";

    enum Ending { RUN_TO_END, DESTROY, DESTROY_FORCIBLY }

    record Case(String kind, String how, List<String> command, Ending ending) {
    }

    record Started(Case test, Process process, Path stderr) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Usage.noArguments(args, FourWaysToEnd.class);
        List<Case> cases = List.of(
                new Case("normal exit (voluntary)", "System.exit(0)",
                        ChildJvm.command(ExitsNormally.class), Ending.RUN_TO_END),
                new Case("error exit (voluntary)", "main class that does not exist",
                        ChildJvm.command(MISSING_MAIN, List.of()), Ending.RUN_TO_END),
                new Case("fatal error (involuntary)", "uncaught ArithmeticException",
                        ChildJvm.command(DividesByZero.class), Ending.RUN_TO_END),
                new Case("killed (involuntary)", "destroy(), SIGTERM",
                        ChildJvm.command(RunsUntilKilled.class), Ending.DESTROY),
                new Case("killed (involuntary)", "destroyForcibly(), SIGKILL",
                        ChildJvm.command(RunsUntilKilled.class), Ending.DESTROY_FORCIBLY));

        // Start all five first (JVMs take a moment to start), then deal with each in turn.
        List<Started> started = new ArrayList<>();
        try {
            for (Case c : cases) {
                Path stderr = Files.createTempFile("ch02-end", ".err");
                started.add(new Started(c, new ProcessBuilder(c.command()).redirectError(stderr.toFile()).start(), stderr));
            }
            for (Started s : started) {
                System.out.println(endAndDescribe(s));
            }
        } finally {
            for (Started s : started) {
                s.process().destroyForcibly();      // no-op for those already ended
                s.process().waitFor();
                Files.deleteIfExists(s.stderr());
            }
        }
    }

    static String endAndDescribe(Started s) throws IOException, InterruptedException {
        Process process = s.process();
        BufferedReader stdout = process.inputReader();
        if (s.test().ending() != Ending.RUN_TO_END) {
            // Kill only a child that is really running its main: it says "ready" first.
            String first = stdout.readLine();
            if (!"ready".equals(first)) {
                return s.test().kind() + ": the child did not start (" + first + ")";
            }
            if (s.test().ending() == Ending.DESTROY) {
                process.destroy();                  // Python: p.terminate(); shell: kill PID
            } else {
                process.destroyForcibly();          // Python: os.kill(pid, SIGKILL); shell: kill -9 PID
            }
        }
        // destroy() closes this side's pipes, so what a killed child still says (its shutdown
        // hook) is read from the file its stderr went to, after the child has ended.
        int code = process.waitFor();
        List<String> stderr = Files.readAllLines(s.stderr());
        String firstErrorLine = stderr.stream().findFirst().orElse("");

        StringBuilder line = new StringBuilder("%-26s %-34s exit code %d".formatted(s.test().kind(), s.test().how(), code));
        if (code > 128) {
            line.append(" = 128 + ").append(code - 128);
        }
        if (s.test().ending() != Ending.RUN_TO_END) {
            line.append(stderr.contains("shutdown hook ran") ? "; the child's shutdown hook ran" : "; no shutdown hook ran");
        } else if (!firstErrorLine.isEmpty()) {
            line.append("; stderr: ").append(firstErrorLine);
        }
        return line.toString();
    }
}

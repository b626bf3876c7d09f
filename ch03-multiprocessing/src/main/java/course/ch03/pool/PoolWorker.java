package course.ch03.pool;

import course.kit.Pace;
import course.kit.Usage;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The program each worker JVM of a {@link ProcessPool} runs: read a task from stdin, run it,
 * write the result to stdout, repeat until stdin ends.
 *
 * <p>A task is a name from the fixed registry {@link #TASKS} plus string arguments. That is all
 * that crosses the process boundary: data, never code (see {@link Wire}). Python's pool sends
 * a function by its module and name, which is the same idea.
 *
 * <p>The registry: {@code square n} (prints that it runs, pauses 1–3 s, returns n²: the
 * original's task), {@code square-now n}, {@code echo args...}, {@code pid} (the worker's pid),
 * {@code sleep ms} (pauses, scaled like every demo pause, returns ms), {@code words text}
 * ({@link #countWords}), {@code spin steps} (CPU-bound work for the benchmark: {@link #spin}),
 * and, to show failures, {@code fail message} (throws),
 * {@code exit code} ({@code System.exit}) and {@code error message} (throws an {@link Error}).
 *
 * <p>It takes no arguments (any gets a usage line and exit code 2). Input that is not a request
 * of {@link Wire} — text typed by hand, random bytes, a request cut off — ends the worker with one
 * line on stderr and exit code 1, having allocated no more than the bytes that arrived.
 *
 * <p>A task that throws an {@link Exception} fails that one task; the worker carries on, as a
 * Python pool worker does. An {@link Error} (or {@code exit}) ends the worker JVM: the pool fails
 * the task with a {@link WorkerCrashedException} and starts a replacement.
 */
public final class PoolWorker {

    /** A task the workers know by name. Runs inside the worker JVM. */
    @FunctionalInterface
    public interface Task {
        String run(List<String> args) throws Exception;
    }

    /** The registry: every task a worker can run, by name. Nothing else can be run. */
    public static final Map<String, Task> TASKS = Map.of(
            // The original's task: say which process runs it, pause 1–3 s, return n squared.
            // (Its line goes to stderr: see main.)
            "square", args -> {
                long n = Long.parseLong(single(args));
                System.out.println("worker pid " + ProcessHandle.current().pid() + " is running square(" + n + ")");
                Pace.sleepMillis(ThreadLocalRandom.current().nextLong(1_000, 3_001));
                return Long.toString(n * n);
            },
            "square-now", args -> {
                long n = Long.parseLong(single(args));
                return Long.toString(n * n);
            },
            "echo", args -> String.join(" ", args),
            "pid", args -> Long.toString(ProcessHandle.current().pid()),
            "sleep", args -> {
                Pace.sleepMillis(Long.parseLong(single(args)));
                return single(args);
            },
            "words", args -> countWords(single(args)),
            "spin", args -> Long.toString(spin(Long.parseLong(single(args)))),
            "fail", args -> {
                throw new IllegalStateException(single(args));
            },
            "exit", args -> {
                System.exit(Integer.parseInt(single(args)));
                return "unreachable";
            },
            "error", args -> {
                throw new Error(single(args));
            });

    private PoolWorker() {
    }

    /**
     * CPU-bound work: {@code steps} steps of a xorshift64 generator, each depending on the one
     * before, so that no compiler can skip it. The benchmark (docs/benchmarks.md) gives every
     * kind of worker the same loop.
     */
    public static long spin(long steps) {
        long x = 88172645463325252L;
        for (long i = 0; i < steps; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }

    public static void main(String[] args) throws IOException {
        Usage.noArguments(args, PoolWorker.class);
        // The protocol owns the real stdout. Anything a task prints with System.out goes to
        // stderr instead, where it cannot corrupt a frame.
        var toParent = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        var fromParent = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        System.setOut(System.err);

        // Die with the parent, even if it is killed and never closes our stdin while a task runs.
        ProcessHandle.current().parent().ifPresent(parent ->
                parent.onExit().thenRun(() -> Runtime.getRuntime().halt(3)));

        toParent.writeInt(Wire.HELLO);
        toParent.writeLong(ProcessHandle.current().pid());
        toParent.flush();

        while (true) {
            Wire.Request request;
            try {
                request = Wire.readRequest(fromParent);
            } catch (IOException notARequest) {
                // Not the pool on the other end (or a broken one): say so in one line and stop.
                System.err.println("PoolWorker: stdin is not the pool's protocol (" + notARequest.getMessage()
                        + "); this worker stops");
                System.exit(1);
                return;
            }
            if (request == null) {
                return;                                   // the pool closed our stdin: no more tasks
            }
            String result;
            boolean ok;
            try {
                result = run(request.task(), request.args());
                ok = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result = e.toString();
                ok = false;
            } catch (Exception e) {                       // an Error is not caught: it ends the worker
                result = e.toString();
                ok = false;
            }
            Wire.writeReply(toParent, ok, result);
        }
    }

    /** Runs a registered task in this JVM (the worker's, or any other: see §3.10). */
    public static String run(String task, List<String> args) throws Exception {
        Task code = TASKS.get(task);
        if (code == null) {
            throw new IllegalArgumentException("unknown task '" + task + "'; the workers know " + new TreeMap<>(TASKS).keySet());
        }
        return code.run(args);
    }

    /**
     * Word counts of a text: one line {@code word<TAB>count} per distinct word, sorted by word.
     * A word is a run of letters or digits, lower-cased.
     */
    public static String countWords(String text) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        StringBuilder lines = new StringBuilder();
        counts.forEach((word, count) -> lines.append(word).append('\t').append(count).append('\n'));
        return lines.toString();
    }

    private static String single(List<String> args) {
        if (args.size() != 1) {
            throw new IllegalArgumentException("expected 1 argument, got " + args.size() + ": " + args);
        }
        return args.get(0);
    }
}

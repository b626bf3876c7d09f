package course.ch03.pool;

import course.kit.ChildJvm;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One worker JVM of a {@link ProcessPool}: the process, the two ends of its protocol pipes, and a
 * thread that drains its stderr (keeping the last lines for a crash report).
 */
final class WorkerProcess {

    private static final Duration EXIT_GRACE = Duration.ofSeconds(5);
    private static final int STDERR_TAIL_LINES = 8;

    final Process process;
    final long pid;
    final DataOutputStream toWorker;
    final DataInputStream fromWorker;
    private final Thread stderrPump;
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private boolean greeted;

    static WorkerProcess start(Consumer<String> stderrSink) throws IOException {
        return new WorkerProcess(new ProcessBuilder(ChildJvm.command(PoolWorker.class)).start(), stderrSink);
    }

    private WorkerProcess(Process process, Consumer<String> stderrSink) {
        this.process = process;
        this.pid = process.pid();
        this.toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        // stderr must be read, or a chatty worker blocks on a full pipe (§3.12).
        this.stderrPump = Thread.ofPlatform().daemon().name("process-pool-stderr-" + pid)
                .start(() -> pumpStderr(stderrSink));
    }

    private void pumpStderr(Consumer<String> sink) {
        try (BufferedReader reader = process.errorReader(StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (stderrTail) {
                    stderrTail.addLast(line);
                    if (stderrTail.size() > STDERR_TAIL_LINES) {
                        stderrTail.removeFirst();
                    }
                }
                sink.accept("[worker pid " + pid + "] " + line);
            }
        } catch (IOException | RuntimeException e) {
            // the worker is gone, or the sink failed: nothing more to read
        }
    }

    /** True once the worker has said hello (read by the owning slot's thread only). */
    boolean isGreeted() {
        return greeted;
    }

    void awaitHello() throws IOException {
        if (greeted) {
            return;
        }
        int hello = fromWorker.readInt();
        long reportedPid = fromWorker.readLong();
        if (hello != Wire.HELLO || reportedPid != pid) {
            throw new IOException("not a pool worker: it said " + Integer.toHexString(hello) + "/" + reportedPid);
        }
        greeted = true;
    }

    /** Closes the worker's stdin, its signal to finish; kills it if it does not. */
    void stop() {
        try {
            toWorker.close();
        } catch (IOException alreadyGone) {
            // a dead worker's pipe: nothing to close
        }
        try {
            if (!process.waitFor(EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        closeStreams();
    }

    void kill() {
        process.destroyForcibly();
        stop();
    }

    /** After the pipe failed: how the worker ended, with the last lines it wrote to stderr. */
    String deathReport(IOException failure) {
        boolean killedByUs = false;
        if (failure != null && !(failure instanceof EOFException) && process.isAlive()) {
            process.destroyForcibly();                 // a corrupt frame: the worker cannot be trusted
            killedByUs = true;
        }
        try {
            if (!process.waitFor(EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();             // closed its stdout but would not end
                process.waitFor();
                killedByUs = true;
            }
            stderrPump.join(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        closeStreams();
        StringBuilder report = new StringBuilder();
        if (process.isAlive()) {
            report.append("still being killed");
        } else {
            int code = process.exitValue();
            report.append("exit code ").append(code);
            if (code > 128 && code <= 128 + 64) {
                report.append(" (killed by signal ").append(code - 128).append(')');
            }
        }
        if (killedByUs) {
            report.append(", after it stopped answering (").append(failure).append(')');
        }
        synchronized (stderrTail) {
            if (!stderrTail.isEmpty()) {
                report.append("; its last stderr lines:");
                stderrTail.forEach(line -> report.append("\n    ").append(line));
            }
        }
        return report.toString();
    }

    private void closeStreams() {
        try {
            toWorker.close();
        } catch (IOException ignored) {
            // already broken
        }
        try {
            fromWorker.close();
        } catch (IOException ignored) {
            // already broken
        }
    }
}

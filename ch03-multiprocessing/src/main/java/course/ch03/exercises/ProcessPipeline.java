package course.ch03.exercises;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Exercise 3.13 · ProcessPipeline (hard) — run child JVMs as a pipeline ({@code a | b | c}), feed it, collect its output, report a failing stage, respect a timeout.
 *
 * <p><b>Task.</b> Implement {@link #run}: start one child JVM per stage class ({@code ChildJvm.builder}),
 * connected stdout → stdin with {@code ProcessBuilder.startPipeline}; write the input lines
 * (each followed by {@code "\n"}, UTF-8) to the first stage's stdin and close it; return the lines
 * the last stage writes to its stdout.
 * <ul>
 *   <li>Input and output may be far larger than a pipe holds: never wait on one stream while another fills up.</li>
 *   <li>Read every stage's stderr (a chatty stage must not block) and keep it.</li>
 *   <li>If stages exit with a code other than 0, throw {@link StageFailedException} for the first
 *       of them in pipeline order, with its class, exit code and stderr.</li>
 *   <li>The whole run takes at most {@code timeout}; otherwise destroy every stage and throw
 *       {@link TimeoutException}.</li>
 *   <li>When {@code run} returns or throws, no stage process is left alive.</li>
 *   <li>{@code null} anywhere → {@link NullPointerException}; no stages, or a timeout that is not
 *       positive → {@link IllegalArgumentException} saying so.</li>
 * </ul>
 *
 * <p><b>Hint.</b> One thread per stream to write or drain (the first stage's stdin, the last
 * stage's stdout, every stage's stderr); the calling thread then only waits, with the time left.
 *
 * <p><b>Reread:</b> §3.12 ({@code PipeAsQueue}, {@code FullPipeBlocks}), §3.13 ({@code PipeProducerConsumer}).
 */
public final class ProcessPipeline {

    /**
     * A stage of the pipeline ended with a non-zero exit code. The message is
     * {@code "<simple class name> exited with code <code>"}, then {@code ": "} and the stripped stderr if it is not blank.
     */
    public static final class StageFailedException extends RuntimeException {
        private final Class<?> stage;
        private final int exitCode;
        private final String stderr;

        public StageFailedException(Class<?> stage, int exitCode, String stderr) {
            super(stage.getSimpleName() + " exited with code " + exitCode + (stderr.isBlank() ? "" : ": " + stderr.strip()));
            this.stage = stage;
            this.exitCode = exitCode;
            this.stderr = stderr;
        }

        public Class<?> stage() {
            return stage;
        }

        public int exitCode() {
            return exitCode;
        }

        public String stderr() {
            return stderr;
        }
    }

    private ProcessPipeline() {
    }

    public static List<String> run(List<Class<?>> stages, List<String> input, Duration timeout)
            throws IOException, InterruptedException, TimeoutException {
        throw new UnsupportedOperationException("TODO: exercise ProcessPipeline (§3.13) — implement run; see its Javadoc");
    }
}

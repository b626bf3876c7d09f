package course.ch03.s12_queues;

import course.kit.ChildJvm;
import course.kit.Usage;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * §3.12 Queues (队列(推荐使用)) — between processes, a pipe is the queue.
 *
 * <p><b>The Python original</b> explains that {@code multiprocessing.Queue} is built on a pipe
 * plus locks, and is the recommended way for processes to talk.
 *
 * <p><b>In Java</b> a pipe already behaves like a bounded blocking queue of bytes: the writer
 * blocks when it is full, the reader blocks when it is empty, and when the writer ends the
 * reader gets end of stream. {@link ProcessBuilder#startPipeline} connects one child JVM's
 * stdout to the next one's stdin, as {@code a | b} does in a shell (but without a shell):
 * {@link Emitter} puts '1', '2', '3'; {@link Receiver} gets them in order.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.12}
 *
 * <p><b>Expected</b> (one run; pids vary):
 * <pre>
 * pipeline: Emitter (pid 7973) | Receiver (pid 7991)
 * got 1 (pid 7991)
 * got 2 (pid 7991)
 * got 3 (pid 7991)
 * end of stream after 3 items
 * exit codes: [0, 0]
 * </pre>
 */
public final class PipeAsQueue {

    public static void main(String[] args) throws IOException, InterruptedException {
        Usage.noArguments(args, PipeAsQueue.class);
        // Each stage's stderr is thrown away here; a failing stage shows in its exit code.
        List<ProcessBuilder> stages = List.of(
                ChildJvm.builder(Emitter.class, "3", "500").redirectError(ProcessBuilder.Redirect.DISCARD),
                ChildJvm.builder(Receiver.class).redirectError(ProcessBuilder.Redirect.DISCARD));
        List<Process> pipeline = ProcessBuilder.startPipeline(stages);
        try {
            System.out.printf("pipeline: Emitter (pid %d) | Receiver (pid %d)%n", pipeline.get(0).pid(), pipeline.get(1).pid());

            // The first stage's stdin and the last stage's stdout stay with us.
            pipeline.get(0).getOutputStream().close();
            try (BufferedReader out = pipeline.get(1).inputReader(StandardCharsets.UTF_8)) {
                out.lines().forEach(System.out::println);
            }
            for (Process stage : pipeline) {
                stage.waitFor(1, TimeUnit.MINUTES);
            }
            System.out.println("exit codes: " + pipeline.stream().map(Process::exitValue).toList());
        } finally {
            pipeline.forEach(Process::destroyForcibly);    // only matters when something went wrong
        }
    }
}

package course.ch03.s13_producer_consumer;

import course.kit.ChildJvm;
import course.kit.Usage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * §3.13 Producer-consumer (生产者消费者模型) — two processes joined by a pipe.
 *
 * <p><b>The Python original</b> explains the model: producers and consumers work at different
 * speeds, so a blocking buffer between them lets each go at its own pace. A producer process
 * makes buns (包子) with random pauses and puts them on a {@code Queue}; a consumer process
 * eats them. After joining the producer, the parent puts {@code None} on the queue to tell the
 * consumer to stop, and prints "主" (main). But it never joins the consumer, so "主" appears
 * before the consumer's last line.
 *
 * <p><b>In Java</b> {@link BunProducer} and {@link BunConsumer} are child JVMs joined by a pipe
 * ({@link ProcessBuilder#startPipeline}); the pipe is the buffer. No sentinel is needed: when the
 * producer ends, its end of the pipe closes and the consumer reads end of stream. The parent
 * relays what both say and joins both processes — and both relaying threads — before its own
 * last line, which therefore comes last.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.13}
 *
 * <p><b>Expected</b> (one run; the two children's lines interleave differently each run, main's line
 * is always last):
 * <pre>
 * producer made bun 0
 * producer made bun 1
 * consumer ate bun 0
 * producer made bun 2
 * consumer ate bun 1
 * consumer ate bun 2
 * consumer: end of stream, 3 buns eaten
 * main: producer and consumer have both finished (exit codes 0 and 0)
 * </pre>
 */
public final class PipeProducerConsumer {

    public static void main(String[] args) throws IOException, InterruptedException {
        Usage.noArguments(args, PipeProducerConsumer.class);
        List<Process> pair = ProcessBuilder.startPipeline(List.of(
                ChildJvm.builder(BunProducer.class, "3"),
                ChildJvm.builder(BunConsumer.class).redirectError(ProcessBuilder.Redirect.DISCARD)));
        Process producer = pair.get(0);
        Process consumer = pair.get(1);
        try {
            producer.getOutputStream().close();            // the producer reads nothing from us

            // Relay the producer's stderr and the consumer's stdout as their lines arrive.
            Thread fromProducer = relay(producer.errorReader(StandardCharsets.UTF_8));
            Thread fromConsumer = relay(consumer.inputReader(StandardCharsets.UTF_8));

            // The fix: join BOTH processes, and the relays, before the main line.
            producer.waitFor(2, TimeUnit.MINUTES);
            consumer.waitFor(2, TimeUnit.MINUTES);
            fromProducer.join();
            fromConsumer.join();
            say("main: producer and consumer have both finished (exit codes "
                    + producer.exitValue() + " and " + consumer.exitValue() + ")");
        } finally {
            pair.forEach(Process::destroyForcibly);        // only matters when something went wrong
        }
    }

    private static Thread relay(BufferedReader lines) {
        return Thread.ofPlatform().start(() -> {
            try (lines) {
                lines.lines().forEach(PipeProducerConsumer::say);
            } catch (IOException | UncheckedIOException e) {
                say("relay stopped: " + e);
            }
        });
    }

    // Two relays print: one line at a time.
    private static synchronized void say(String line) {
        System.out.println(line);
    }
}

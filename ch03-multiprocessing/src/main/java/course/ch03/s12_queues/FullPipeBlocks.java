package course.ch03.s12_queues;

import course.kit.ChildJvm;
import course.kit.Pace;
import course.kit.Usage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * §3.12 Queues (队列(推荐使用)) — a full pipe blocks the writer, like {@code put} on a full queue.
 *
 * <p><b>The Python original</b> says {@code put} blocks while the queue is full, until a
 * reader makes room.
 *
 * <p><b>In Java</b> a pipe holds a fixed number of bytes (64 KiB on Linux). A {@link PipeFiller}
 * child is told to write 1 MiB to its stdout, and the parent does not read at first: the child
 * writes until the pipe is full, then its {@code write()} waits. It cannot finish, however long
 * we wait, because 1 MiB does not fit. When the parent reads, the child carries on and ends.
 * This is also why a parent must always drain a child's stdout and stderr: otherwise a chatty
 * child hangs forever.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.12}
 *
 * <p><b>Expected</b> (one run on Linux; the byte count while blocked is the pipe's capacity, 65536 on
 * Linux, and differs elsewhere):
 * <pre>
 * the writer must write 1048576 bytes; nobody reads its stdout yet
 * 1 s later: still running = true, written so far 65536 of 1048576 bytes: blocked on the full pipe
 * the parent reads: 1048576 bytes; the writer finished with exit code 0
 * </pre>
 */
public final class FullPipeBlocks {

    static final long TOTAL = 1 << 20;

    public static void main(String[] args) throws IOException, InterruptedException {
        Usage.noArguments(args, FullPipeBlocks.class);
        Process writer = ChildJvm.builder(PipeFiller.class, Long.toString(TOTAL)).start();
        try {
            System.out.println("the writer must write " + TOTAL + " bytes; nobody reads its stdout yet");

            // Its progress comes on stderr, which we do read (in a thread) — or it would block there too.
            AtomicLong written = new AtomicLong();
            CountDownLatch firstChunk = new CountDownLatch(1);
            Thread progress = Thread.ofPlatform().daemon().start(() -> follow(writer, written, firstChunk));

            firstChunk.await();                            // it has started writing
            boolean ended = writer.waitFor(Pace.scaled(Duration.ofSeconds(1)).toMillis(), TimeUnit.MILLISECONDS);
            long soFar = written.get();
            System.out.printf("1 s later: still running = %b, written so far %d of %d bytes%s%n",
                    !ended, soFar, TOTAL, !ended && soFar < TOTAL ? ": blocked on the full pipe" : "");

            // Now drain the pipe: each read makes room, the writer goes on until it is done.
            long read = 0;
            try (InputStream out = writer.getInputStream()) {
                read = out.transferTo(OutputStream.nullOutputStream());   // count the bytes, keep none
            }
            int code = writer.waitFor();
            progress.join();
            System.out.printf("the parent reads: %d bytes; the writer finished with exit code %d%n", read, code);
        } finally {
            writer.destroyForcibly();
            writer.waitFor();
        }
    }

    private static void follow(Process writer, AtomicLong written, CountDownLatch firstChunk) {
        try (BufferedReader err = writer.errorReader(StandardCharsets.UTF_8)) {
            String line;
            while ((line = err.readLine()) != null) {
                if (line.startsWith("wrote ")) {
                    written.set(Long.parseLong(line.substring(6)));
                    firstChunk.countDown();
                }
            }
        } catch (IOException e) {
            // the writer is gone
        } finally {
            firstChunk.countDown();                        // never leave main waiting
        }
    }
}

package course.ch02.s04_sync_async;

import course.kit.Usage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;

/**
 * §2.4 Sync/async, blocking/non-blocking (同步异步、阻塞非阻塞) — non-blocking I/O: a read that
 * returns 0 bytes.
 *
 * <p><b>The Python original</b> sets blocking against non-blocking: a blocking call suspends the
 * calling thread until the result is there; a non-blocking one returns at once, with or without a
 * result, and leaves the thread free.
 *
 * <p><b>In Java</b> a stream's {@code read()} blocks until data arrives. An NIO channel switched
 * to non-blocking mode answers at once: the number of bytes it could read, which is 0 when
 * nothing has arrived yet, or -1 at the end of the stream. The caller thread never waits.
 * (A {@code Selector} lets one thread wait for many such channels at once.)
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch02-concepts compile exec:exec -Dsection=2.4}
 *
 * <p><b>Expected</b> (the same every run: the caller reads only after the writer has finished):
 * <pre>
 * caller: read() on the empty pipe returned 0 bytes at once, so the caller does a chore
 * writer: wrote "hello" into the pipe
 * caller: read() returned 5 bytes: "hello"
 * caller: read() returned 0 bytes: nothing new yet, no waiting
 * writer: closed its end of the pipe
 * caller: read() returned -1: end of stream, the writer is done
 * </pre>
 */
public final class NonBlockingRead {

    public static void main(String[] args) throws IOException, InterruptedException {
        Usage.noArguments(args, NonBlockingRead.class);
        Pipe pipe = Pipe.open();                  // a one-way byte channel inside this process
        try (Pipe.SourceChannel source = pipe.source(); Pipe.SinkChannel sink = pipe.sink()) {
            source.configureBlocking(false);      // the switch that makes read() return at once
            ByteBuffer buffer = ByteBuffer.allocate(64);

            int count = source.read(buffer);
            System.out.println("caller: read() on the empty pipe returned " + count
                    + " bytes at once, so the caller does a chore");

            Thread writer = new Thread(() -> write(sink, "hello"), "writer");
            writer.start();
            writer.join();                        // the bytes are now in the pipe
            count = source.read(buffer);
            System.out.println("caller: read() returned " + count + " bytes: \"" + drain(buffer) + "\"");
            count = source.read(buffer);
            System.out.println("caller: read() returned " + count + " bytes: nothing new yet, no waiting");

            sink.close();
            System.out.println("writer: closed its end of the pipe");
            count = source.read(buffer);
            System.out.println("caller: read() returned " + count + ": end of stream, the writer is done");
        }
    }

    static String drain(ByteBuffer buffer) {
        buffer.flip();
        String text = StandardCharsets.UTF_8.decode(buffer).toString();
        buffer.clear();
        return text;
    }

    static void write(Pipe.SinkChannel sink, String text) {
        try {
            sink.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
            System.out.println("writer: wrote \"" + text + "\" into the pipe");
        } catch (IOException e) {
            System.out.println("writer: could not write: " + e);
        }
    }
}

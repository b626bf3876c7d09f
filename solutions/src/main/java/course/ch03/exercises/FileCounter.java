package course.ch03.exercises;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/** Reference solution of exercise 3.11 · FileCounter. */
public final class FileCounter {

    // A FileLock is held by the whole JVM: threads of this JVM take turns on this lock first.
    private static final ReentrantLock THREADS = new ReentrantLock();

    private FileCounter() {
    }

    public static long addAndGet(Path file, long delta) throws IOException {
        Objects.requireNonNull(file, "file");
        THREADS.lock();
        try {
            try (FileChannel channel = FileChannel.open(file,
                    StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                 FileLock processes = channel.lock()) {
                String text = read(channel).strip();
                long value;
                try {
                    value = text.isEmpty() ? 0 : Long.parseLong(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + " does not hold a whole number: '" + text + "'", e);
                }
                long next = Math.addExact(value, delta);
                channel.truncate(0);
                ByteBuffer bytes = ByteBuffer.wrap(Long.toString(next).getBytes(StandardCharsets.US_ASCII));
                while (bytes.hasRemaining()) {
                    channel.write(bytes, bytes.position());
                }
                return next;
            }
        } finally {
            THREADS.unlock();
        }
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 1 << 20));
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
            // a read may return fewer bytes than asked
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
    }
}

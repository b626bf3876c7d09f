package course.ch03.s11_mutex;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A counter kept in a file as 20 decimal digits ({@code 00000000000000000042}), readable with
 * {@code cat}. The fixed width lets a writer overwrite the number in place: no truncation, so a
 * reader never sees an empty file, only an old or a new number.
 */
public final class CounterFile {

    static final int WIDTH = 20;

    private CounterFile() {
    }

    public static void create(Path file, long value) throws IOException {
        Files.writeString(file, format(value));
    }

    public static long read(Path file) throws IOException {
        return Long.parseLong(Files.readString(file).strip());
    }

    /** Read, add one, write back: three steps that another process can slip between. */
    public static void increment(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(WIDTH);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
            // keep reading: a read may return fewer bytes than asked
        }
        long value = Long.parseLong(new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII));
        ByteBuffer next = ByteBuffer.wrap(format(value + 1).getBytes(StandardCharsets.US_ASCII));
        while (next.hasRemaining()) {
            channel.write(next, next.position());
        }
    }

    private static String format(long value) {
        return String.format("%0" + WIDTH + "d", value);
    }
}

package course.ch03.s11_mutex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A counter kept in a file as decimal text, readable with {@code cat}.
 *
 * <p>A new value is written to a file of its own and then renamed over the counter in one
 * atomic step. So a reader always gets a whole number that some process really wrote — never
 * half of an old one and half of a new one, which overwriting the file in place could show. What
 * is left is the race the demo is about: two processes reading the same number.
 *
 * <p>Part of §3.11's lesson: only this section's demo and its child program use it, so it stays in
 * the section's package.
 */
public final class CounterFile {

    private CounterFile() {
    }

    public static void create(Path counter, long value) throws IOException {
        Files.writeString(counter, Long.toString(value));
    }

    public static long read(Path counter) throws IOException {
        return Long.parseLong(Files.readString(counter).strip());
    }

    /** The lock file that guards {@code counter} (the counter itself is replaced, so it cannot carry the lock). */
    public static Path lockFileOf(Path counter) {
        return counter.resolveSibling(counter.getFileName() + ".lock");
    }

    /** Read, add one, write back: three steps that another process can slip between. */
    public static void increment(Path counter) throws IOException {
        long value = read(counter);
        Path next = counter.resolveSibling(counter.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.writeString(next, Long.toString(value + 1));
        Files.move(next, counter, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}

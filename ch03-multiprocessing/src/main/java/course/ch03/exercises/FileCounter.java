package course.ch03.exercises;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Exercise 3.11 · FileCounter (medium) — a counter in a text file that many processes and threads can update without losing a count.
 *
 * <p><b>Task.</b> Implement {@link #addAndGet}: add {@code delta} to the whole number stored in
 * {@code file} as decimal text, write the new value back (as decimal text, nothing else) and
 * return it. A missing or empty file counts as 0 (create it).
 * <ul>
 *   <li>No update may be lost, whether the callers are other processes (child JVMs) or other
 *       threads of this JVM, all at the same time.</li>
 *   <li>{@code null} → {@link NullPointerException}. A file holding anything else than a whole
 *       number (surrounding white space aside) → {@link IllegalArgumentException} whose message
 *       quotes the content; the file is left as it was.</li>
 * </ul>
 *
 * <p><b>Hint.</b> {@code FileChannel.lock()} keeps other <em>processes</em> out, but inside one JVM
 * the lock belongs to the whole process: a second thread locking the same file gets an
 * {@code OverlappingFileLockException}. So threads need a lock of their own as well.
 *
 * <p><b>Reread:</b> §3.11 ({@code CounterIncrementer}, {@code CounterFile}, {@code Announcer}).
 */
public final class FileCounter {

    private FileCounter() {
    }

    public static long addAndGet(Path file, long delta) throws IOException {
        throw new UnsupportedOperationException("TODO: exercise FileCounter (§3.11) — implement addAndGet; see its Javadoc");
    }
}

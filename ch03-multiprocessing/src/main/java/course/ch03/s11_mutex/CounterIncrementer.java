package course.ch03.s11_mutex;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * §3.11 child program: increments a {@link CounterFile} N times, each time holding a
 * {@link FileLock} on the counter's lock file, or not. Waits at the {@link ChildGroup} start gate first.
 *
 * <p>{@code java ... CounterIncrementer <counter file> <times> <locked|unlocked>}
 */
public final class CounterIncrementer {

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !args[1].matches("\\d{1,9}") || !args[2].matches("locked|unlocked")) {
            System.err.println("usage: CounterIncrementer <counter file> <times> <locked|unlocked>");
            System.exit(2);
            return;
        }
        Path counter = Path.of(args[0]);
        int times = Integer.parseInt(args[1]);
        boolean locked = args[2].equals("locked");
        try (FileChannel lockFile = FileChannel.open(CounterFile.lockFileOf(counter),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ChildGroup.awaitGo();
            for (int i = 0; i < times; i++) {
                if (locked) {
                    try (FileLock lock = lockFile.lock()) {  // read-add-write is one step for other processes
                        CounterFile.increment(counter);
                    }
                } else {
                    CounterFile.increment(counter);        // another process may read the same old value
                }
            }
        }
    }
}

package course.ch03.s11_mutex;

import course.ch03.process.ChildGroup;
import course.kit.Usage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * §3.11 child program: increments a {@link CounterFile} N times, each time holding a
 * {@link FileLock} on the counter's lock file, or not. Waits at the {@link ChildGroup} start gate first.
 *
 * <p>{@code java ... CounterIncrementer <counter file> <times> <locked|unlocked>}; other arguments
 * get a usage line and exit code 2, a counter it cannot use one line on stderr and exit code 1.
 */
public final class CounterIncrementer {

    private static final String USAGE = "usage: CounterIncrementer <counter file> <times 0..999999999> <locked|unlocked>";

    public static void main(String[] args) {
        if (args.length != 3 || !args[1].matches("\\d{1,9}") || !args[2].matches("locked|unlocked")) {
            Usage.exit(USAGE);
            return;
        }
        Path counter = Usage.path(args[0], USAGE);
        try {
            run(counter, Integer.parseInt(args[1]), args[2].equals("locked"));
        } catch (IOException | NumberFormatException e) {
            // A missing or unreadable counter, or no "go" from the parent: one line, exit code 1.
            System.err.println("CounterIncrementer: " + e);
            System.exit(1);
        }
    }

    private static void run(Path counter, int times, boolean locked) throws IOException {
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

package course.ch03.s14_shared;

import course.ch03.process.ChildGroup;
import course.kit.Usage;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * §3.14 child program: maps the 8-byte count file into memory and takes one off the count N
 * times, each time under a {@link FileLock} or not. Waits at the §3.11 start gate first.
 *
 * <p>{@code java ... MappedDecrementer <count file> <times> <locked|unlocked>}; other arguments get
 * a usage line and exit code 2, a count file it cannot use one line on stderr and exit code 1.
 */
public final class MappedDecrementer {

    private static final String USAGE = "usage: MappedDecrementer <count file> <times 0..999999999> <locked|unlocked>";

    public static void main(String[] args) {
        if (args.length != 3 || !args[1].matches("\\d{1,9}") || !args[2].matches("locked|unlocked")) {
            Usage.exit(USAGE);
            return;
        }
        Path file = Usage.path(args[0], USAGE);
        try {
            run(file, Integer.parseInt(args[1]), args[2].equals("locked"));
        } catch (IOException e) {
            // A count file it cannot open or map, or no "go" from the parent: one line, exit code 1.
            System.err.println("MappedDecrementer: " + e);
            System.exit(1);
        }
    }

    private static void run(Path file, int times, boolean locked) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            // Every process that maps the file sees the same memory: the OS's page of that file.
            MappedByteBuffer count = channel.map(FileChannel.MapMode.READ_WRITE, 0, Long.BYTES);
            ChildGroup.awaitGo();
            for (int i = 0; i < times; i++) {
                if (locked) {
                    try (FileLock lock = channel.lock()) {
                        count.putLong(0, count.getLong(0) - 1);
                    }
                } else {
                    count.putLong(0, count.getLong(0) - 1);   // read, subtract, write: not one step
                }
            }
        }
    }
}

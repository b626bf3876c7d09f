package course.ch03.s14_shared;

import course.ch03.s11_mutex.ChildGroup;

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
 * <p>{@code java ... MappedDecrementer <count file> <times> <locked|unlocked>}
 */
public final class MappedDecrementer {

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !args[1].matches("\\d{1,9}") || !args[2].matches("locked|unlocked")) {
            System.err.println("usage: MappedDecrementer <count file> <times> <locked|unlocked>");
            System.exit(2);
            return;
        }
        int times = Integer.parseInt(args[1]);
        boolean locked = args[2].equals("locked");
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
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

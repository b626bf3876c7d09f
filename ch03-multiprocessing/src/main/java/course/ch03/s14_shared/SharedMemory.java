package course.ch03.s14_shared;

import course.ch03.process.ChildGroup;
import course.kit.Usage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * §3.14 Shared data (共享数据) — memory shared by processes, with and without a lock.
 *
 * <p><b>The Python original</b> advises against sharing data between processes, and shows how
 * if you must: a {@code Manager().dict({'count': 100})} and a {@code Lock}; ten processes each
 * take one off the count under the lock. It prints {@code {'count': 0}}, which is wrong: ten
 * decrements of 100 leave 90, and that is what Python really prints.
 *
 * <p><b>In Java</b> the closest thing to shared memory between JVMs is a memory-mapped file
 * ({@link FileChannel#map}): every process that maps it reads and writes the same bytes. Here
 * the count is a {@code long} in an 8-byte file. Ten {@link MappedDecrementer} child JVMs each
 * subtract 1 under a {@link java.nio.channels.FileLock}: 100 becomes exactly 90. Then the race:
 * four children subtract 100000 times each with no lock, starting together; their
 * read-subtract-write steps overlap and decrements are lost, so the count stays above 0.
 * (Python's Manager is a different design — see the chapter README.)
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.14}
 * or {@code java -cp ... course.ch03.s14_shared.SharedMemory [racers=4] [decrements=100000]}
 *
 * <p><b>Expected</b> (one run; the unlocked result varies, never below 0; the locked one is always 90):
 * <pre>
 * with a FileLock: 10 processes each take 1 from 100: count = 90
 * without a lock: 4 processes each take 100000 from 400000: count = 248250 (expected 0, 248250 decrements lost)
 * </pre>
 */
public final class SharedMemory {

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length > 2 || (args.length > 0 && !args[0].matches("[1-9]\\d?"))
                || (args.length > 1 && !args[1].matches("[1-9]\\d{0,6}"))) {
            Usage.exit("usage: SharedMemory [racing processes 1..99, default 4] [decrements each 1..9999999, default 100000]");
            return;
        }
        int racers = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int decrements = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;

        long locked = run(10, 1, "locked", 100);
        System.out.println("with a FileLock: 10 processes each take 1 from 100: count = " + locked);

        long start = (long) racers * decrements;
        long unlocked = run(racers, decrements, "unlocked", start);
        System.out.printf("without a lock: %d processes each take %d from %d: count = %d (expected 0, %d decrements lost)%n",
                racers, decrements, start, unlocked, unlocked);
    }

    /** Starts {@code children} decrementers on a fresh count, releases them together, returns the final count. */
    static long run(int children, int times, String mode, long initial) throws IOException, InterruptedException {
        Path file = Files.createTempFile("shared-count", ".bin");
        try {
            Files.write(file, ByteBuffer.allocate(Long.BYTES).putLong(0, initial).array());
            try (ChildGroup group = ChildGroup.start(children, MappedDecrementer.class,
                    file.toString(), Integer.toString(times), mode)) {
                group.awaitReady();
                group.go();
                group.awaitOutputs(Duration.ofMinutes(2));
            }
            // The parent maps the file too, and reads what the children left in it.
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                return channel.map(FileChannel.MapMode.READ_ONLY, 0, Long.BYTES).getLong(0);
            }
        } finally {
            Files.delete(file);
        }
    }
}

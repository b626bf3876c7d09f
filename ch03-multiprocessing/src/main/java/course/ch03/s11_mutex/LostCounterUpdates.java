package course.ch03.s11_mutex;

import course.ch03.process.ChildGroup;
import course.kit.Usage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * §3.11 Process synchronisation: mutex (进程同步(互斥锁)) — a counter in a file, shared by processes.
 *
 * <p><b>The Python original</b> ends the section with its lesson: sharing data through a file
 * needs a lock, and is slow. This demo shows why, with the classic race: several processes each
 * read a number from a file, add one and write it back.
 *
 * <p><b>In Java</b> four {@link CounterIncrementer} child JVMs, released together by a start
 * gate ({@link ChildGroup}), increment one {@link CounterFile} 500 times each. Without a lock,
 * two of them often read the same value and one increment overwrites the other: updates are
 * lost. With {@link java.nio.channels.FileChannel#lock()} on a lock file around read-add-write,
 * none are.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.11}
 * or {@code java -cp ... course.ch03.s11_mutex.LostCounterUpdates [children=4] [increments=500]}
 *
 * <p><b>Expected</b> (one run; the unlocked count varies from run to run, and is never above 2000):
 * <pre>
 * without a lock: 4 processes x 500 increments = 575 (expected 2000, 1425 updates lost)
 * with a FileLock: 4 processes x 500 increments = 2000 (expected 2000, 0 updates lost)
 * </pre>
 */
public final class LostCounterUpdates {

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length > 2 || (args.length > 0 && !args[0].matches("[1-9]\\d?"))
                || (args.length > 1 && !args[1].matches("[1-9]\\d{0,6}"))) {
            Usage.exit("usage: LostCounterUpdates [children 1..99, default 4] [increments each 1..9999999, default 500]");
            return;
        }
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int increments = args.length > 1 ? Integer.parseInt(args[1]) : 500;

        run("without a lock", "unlocked", children, increments);
        run("with a FileLock", "locked", children, increments);
    }

    private static void run(String title, String mode, int children, int increments) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("file-counter");
        Path counter = dir.resolve("counter.txt");
        try {
            CounterFile.create(counter, 0);
            try (ChildGroup group = ChildGroup.start(children, CounterIncrementer.class,
                    counter.toString(), Integer.toString(increments), mode)) {
                group.awaitReady();                        // every JVM started and the lock file open ...
                group.go();                                // ... then all begin at once
                group.awaitOutputs(Duration.ofMinutes(2));
            }
            long expected = (long) children * increments;
            long actual = CounterFile.read(counter);
            System.out.printf("%s: %d processes x %d increments = %d (expected %d, %d updates lost)%n",
                    title, children, increments, actual, expected, expected - actual);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }
}

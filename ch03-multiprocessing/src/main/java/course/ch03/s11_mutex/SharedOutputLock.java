package course.ch03.s11_mutex;

import course.kit.ChildJvm;
import course.kit.Usage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * §3.11 Process synchronisation: mutex (进程同步(互斥锁)) — three processes, one shared output.
 *
 * <p><b>The Python original</b> starts three processes that each print "pid is running",
 * sleep 2 s and print "pid is done". Without a lock the lines of the three interleave; with a
 * {@code multiprocessing.Lock} passed to each child, every process prints both of its lines
 * before the next one starts: the work becomes serial — slower (about 6 s instead of 2 s),
 * but no process meddles with another's output.
 *
 * <p><b>In Java</b> there is no lock object to hand to a child JVM. The inter-process lock is
 * {@link java.nio.channels.FileChannel#lock()}: each {@link Announcer} child locks the same
 * lock file. The shared resource is one output file that all three children append to (a
 * terminal in the original).
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.11}
 *
 * <p><b>Expected</b> (one run; pids and times vary, and so does the order of the unlocked lines;
 * the locked ones always come in running/done pairs):
 * <pre>
 * without a lock: 3 child JVMs append to one file
 *   pid 3335 is running
 *   pid 3356 is running
 *   pid 3365 is running
 *   pid 3335 is done
 *   pid 3356 is done
 *   pid 3365 is done
 *   took 3.2 s
 * with a FileLock: 3 child JVMs append to one file
 *   pid 3831 is running
 *   pid 3831 is done
 *   pid 3830 is running
 *   pid 3830 is done
 *   pid 3843 is running
 *   pid 3843 is done
 *   took 6.9 s
 * </pre>
 */
public final class SharedOutputLock {

    public static void main(String[] args) throws IOException, InterruptedException {
        Usage.noArguments(args, SharedOutputLock.class);
        Path dir = Files.createTempDirectory("mutex-demo");
        try {
            run("without a lock", "-", dir.resolve("unlocked.txt"));
            run("with a FileLock", dir.resolve("lock").toString(), dir.resolve("locked.txt"));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    private static void run(String title, String lockArgument, Path sharedOutput) throws IOException, InterruptedException {
        System.out.println(title + ": 3 child JVMs append to one file");
        long start = System.nanoTime();
        List<Process> children = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                // appendTo opens the file with O_APPEND: each line the children write lands at
                // the end, in the order they were written, as on a shared terminal.
                children.add(new ProcessBuilder(ChildJvm.command(Announcer.class, lockArgument))
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(sharedOutput.toFile()))
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start());
            }
            for (Process child : children) {
                if (!child.waitFor(2, TimeUnit.MINUTES) || child.exitValue() != 0) {
                    throw new IllegalStateException("child pid " + child.pid() + " did not finish cleanly");
                }
            }
        } finally {
            children.forEach(Process::destroyForcibly);    // only matters when something went wrong
        }
        for (String line : Files.readAllLines(sharedOutput)) {
            System.out.println("  " + line);
        }
        System.out.printf("  took %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
}

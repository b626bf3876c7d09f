package course.ch03.s11_mutex;

import course.kit.Pace;
import course.kit.Usage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * §3.11 child program: prints "pid N is running", pauses 2 s, prints "pid N is done" —
 * with the argument {@code -} freely, with a lock file's path only while holding its {@link FileLock}.
 *
 * <p>Started by {@link SharedOutputLock}; {@code java ... Announcer <lock file | ->}. Other arguments get a
 * usage line and exit code 2, a lock file it cannot open one line on stderr and exit code 1.
 */
public final class Announcer {

    private static final String USAGE = "usage: Announcer <lock file | ->";

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1 || args[0].isEmpty()) {
            Usage.exit(USAGE);
            return;
        }
        long pid = ProcessHandle.current().pid();
        if (args[0].equals("-")) {
            work(pid);                                     // the shared output, unguarded
            return;
        }
        Path lockFile = Usage.path(args[0], USAGE);
        // FileChannel.lock() blocks until no other process holds a lock on the file. The OS
        // releases it when the channel closes — or when this process dies, however it dies.
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            work(pid);
        } catch (IOException e) {
            System.err.println("Announcer: cannot lock " + lockFile + ": " + e);
            System.exit(1);
        }
    }

    private static void work(long pid) throws InterruptedException {
        say("pid " + pid + " is running");
        Pace.sleep(java.time.Duration.ofSeconds(2));
        say("pid " + pid + " is done");
    }

    // One line, one write: the line reaches the shared file whole, never mixed with another's.
    private static void say(String line) {
        System.out.print(line + "\n");
        System.out.flush();
    }
}

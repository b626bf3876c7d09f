package course.ch03.s12_queues;

import course.kit.Usage;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * §3.12 child program: writes N bytes to stdout in 4 KiB chunks, reporting on stderr after
 * each chunk ({@code wrote 4096}, {@code wrote 8192}, ...) and {@code finished} at the end.
 *
 * <p>{@code java ... PipeFiller <bytes>}; other arguments get a usage line and exit code 2.
 */
public final class PipeFiller {

    static final int CHUNK = 4096;

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !args[0].matches("\\d{1,9}")) {
            Usage.exit("usage: PipeFiller <bytes 0..999999999>");
            return;
        }
        long total = Long.parseLong(args[0]);
        byte[] chunk = new byte[CHUNK];
        // Straight to file descriptor 1: every write() below is one write to the pipe.
        try (OutputStream out = new FileOutputStream(FileDescriptor.out)) {
            for (long written = 0; written < total; ) {
                int size = (int) Math.min(CHUNK, total - written);
                out.write(chunk, 0, size);                 // blocks while the pipe is full
                written += size;
                System.err.println("wrote " + written);
            }
        }
        System.err.println("finished");
    }
}

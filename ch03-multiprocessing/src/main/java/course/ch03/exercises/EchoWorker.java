package course.ch03.exercises;

import course.kit.Usage;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The child JVM of exercise {@link EchoServer} (complete, nothing to do here): copies its stdin
 * to its stdout, chunk by chunk, unbuffered, until end of stream.
 */
public final class EchoWorker {

    private EchoWorker() {
    }

    public static void main(String[] args) throws IOException {
        Usage.noArguments(args, EchoWorker.class);
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        byte[] buffer = new byte[1024];
        for (int n; (n = System.in.read(buffer)) != -1; ) {
            out.write(buffer, 0, n);
        }
    }
}

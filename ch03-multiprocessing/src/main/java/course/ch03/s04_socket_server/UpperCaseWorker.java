package course.ch03.s04_socket_server;

import course.kit.Usage;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * §3.4 Concurrent socket server (并发的套接字通信) — the child JVM that serves one connection.
 *
 * <p>It cannot touch the socket (Java cannot pass an accepted socket to another process);
 * the parent copies the client's bytes to this process's stdin and its stdout back to the
 * client. So stdout is the data channel, and the log goes to stderr.
 *
 * <p>Upper-casing is byte by byte, as Python's {@code bytes.upper()}: ASCII letters change,
 * every other byte (including UTF-8 sequences) passes unchanged, and a partial line is answered
 * as soon as it arrives.
 *
 * <p><b>Line length.</b> A line may hold at most {@value #MAX_LINE_BYTES} bytes before its
 * {@code \n}. Nothing is buffered (bytes go back as they come), so the limit is not about this
 * process's memory: it stops one client from keeping a worker busy with an endless line. The
 * first {@value #MAX_LINE_BYTES} bytes of a longer line come back upper-cased, then a line break
 * and the line {@value #TOO_LONG}; then the worker exits with code 1, which ends the connection.
 *
 * <p><b>Usage:</b> {@code UpperCaseWorker [client address]} (started by {@link UpperCaseServer};
 * more arguments get a usage line and exit code 2).
 */
public final class UpperCaseWorker {

    /** The longest line served, in bytes, not counting its {@code \n}. */
    public static final int MAX_LINE_BYTES = 262_144;
    /** What a client gets, on a line of its own, when its line is longer. */
    public static final String TOO_LONG = "ERROR line longer than " + MAX_LINE_BYTES + " bytes";

    private UpperCaseWorker() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 1) {
            Usage.exit("usage: UpperCaseWorker [client address]   (started by UpperCaseServer)");
            return;
        }
        String client = args.length > 0 ? args[0] : "?";
        System.err.println("serving " + client + " in pid " + ProcessHandle.current().pid());
        InputStream in = System.in;
        // Straight to the file descriptor: every reply leaves at once, no buffering to flush.
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        byte[] buffer = new byte[1024];                       // Python's recv(1024)
        int lineBytes = 0;                                    // bytes since the last \n
        for (int n; (n = in.read(buffer)) != -1; ) {          // -1: the client is gone
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    lineBytes = 0;
                } else if (++lineBytes > MAX_LINE_BYTES) {
                    out.write(buffer, 0, i);                  // the part that still fits
                    out.write(("\n" + TOO_LONG + "\n").getBytes(StandardCharsets.US_ASCII));
                    System.err.println(client + ": " + TOO_LONG + "; closing the connection");
                    System.exit(1);
                } else if (buffer[i] >= 'a' && buffer[i] <= 'z') {
                    buffer[i] -= 'a' - 'A';
                }
            }
            out.write(buffer, 0, n);
        }
        System.err.println(client + " has gone");
    }
}

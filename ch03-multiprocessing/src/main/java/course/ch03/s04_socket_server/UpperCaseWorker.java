package course.ch03.s04_socket_server;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

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
 * <p><b>Usage:</b> {@code UpperCaseWorker <client address>} (started by {@link UpperCaseServer}).
 */
public final class UpperCaseWorker {

    private UpperCaseWorker() {
    }

    public static void main(String[] args) throws IOException {
        String client = args.length > 0 ? args[0] : "?";
        System.err.println("serving " + client + " in pid " + ProcessHandle.current().pid());
        InputStream in = System.in;
        // Straight to the file descriptor: every reply leaves at once, no buffering to flush.
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        byte[] buffer = new byte[1024];                       // Python's recv(1024)
        for (int n; (n = in.read(buffer)) != -1; ) {          // -1: the client is gone
            for (int i = 0; i < n; i++) {
                if (buffer[i] >= 'a' && buffer[i] <= 'z') {
                    buffer[i] -= 'a' - 'A';
                }
            }
            out.write(buffer, 0, n);
        }
        System.err.println(client + " has gone");
    }
}

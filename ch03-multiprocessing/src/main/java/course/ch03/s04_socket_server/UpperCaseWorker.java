package course.ch03.s04_socket_server;

import course.kit.PythonBytes;
import course.kit.Usage;

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
 * <p>It does what the original's child does with its socket: read up to 1024 bytes
 * ({@code recv(1024)}), stop at the end of the stream, send them back upper-cased as Python's
 * {@code bytes.upper()} does it: the ASCII letters change, every other byte (UTF-8 sequences,
 * bytes that are not text at all) passes unchanged. No framing and no length limit: whatever
 * arrives is answered as soon as it arrives, and nothing is kept between reads, so the memory
 * this process uses does not grow with what the client sends.
 *
 * <p><b>Usage:</b> {@code UpperCaseWorker [client address]} (started by {@link UpperCaseServer};
 * more arguments get a usage line and exit code 2).
 */
public final class UpperCaseWorker {

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
        byte[] data = new byte[1024];
        for (int n; (n = in.read(data)) != -1; ) {           // data = conn.recv(1024); -1: the client is gone
            PythonBytes.upperInPlace(data, 0, n);
            out.write(data, 0, n);                            // conn.send(data.upper())
        }
        System.err.println(client + " has gone");
    }
}

package course.ch03.exercises;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * Exercise 3.4 · EchoServer (hard) — a process-per-connection echo server: every client is served by a child JVM of its own.
 *
 * <p><b>Task.</b> Implement this class:
 * <ul>
 *   <li>{@link #start(int)} listens on 127.0.0.1 only ({@code port} 0 = any free port; outside
 *       0..65535 → {@link IllegalArgumentException} naming the port; a port in use →
 *       {@link IOException}) and returns at once, accepting connections in the background;</li>
 *   <li>each accepted connection gets a child JVM running {@link EchoWorker}: the server copies
 *       the client's bytes to the child's stdin and the child's stdout back to the client, as they
 *       come (a partial line is echoed at once). When the client ends or resets its connection,
 *       that child ends; other connections and the server go on;</li>
 *   <li>{@link #address()} is the address the server listens on;</li>
 *   <li>{@link #close()} stops accepting, ends every connection and its child, and returns only
 *       when every child has ended. It waits at most 2 seconds for each child, then kills it
 *       (SIGKILL): close() returns even when a child hangs, answering neither the end of its input
 *       nor SIGTERM.</li>
 * </ul>
 *
 * <p><b>Hint.</b> Two copy loops per connection, one per direction, each on its own thread; when
 * the client's side ends, close the child's stdin — the child sees end of stream and exits.
 *
 * <p><b>Reread:</b> §3.4 ({@code UpperCaseServer}) and §3.2 ({@code JavaProcess.pipeIO()}).
 */
public final class EchoServer implements AutoCloseable {

    private EchoServer() {
    }

    public static EchoServer start(int port) throws IOException {
        throw new UnsupportedOperationException("TODO: exercise EchoServer (§3.4) — listen, and give each connection a child JVM");
    }

    public InetSocketAddress address() {
        throw new UnsupportedOperationException("TODO: exercise EchoServer (§3.4) — the address you listen on");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO: exercise EchoServer (§3.4) — stop accepting and end every child");
    }
}

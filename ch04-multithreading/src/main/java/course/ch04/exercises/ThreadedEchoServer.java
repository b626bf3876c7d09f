package course.ch04.exercises;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ThreadFactory;

/**
 * Exercise 4.12 · ThreadedEchoServer (hard) — a TCP echo server that serves many clients at once
 * and shuts down cleanly.
 *
 * <p><b>Task.</b>
 * <ul>
 *   <li>{@link #start(int, ThreadFactory)} listens on 127.0.0.1 only, on {@code port} (0: any free
 *       port; outside 0..65535: {@link IllegalArgumentException} naming it), and returns at once
 *       while the server keeps accepting. Every thread the server uses it creates with
 *       {@code threads} (so the caller can watch them);</li>
 *   <li>each line a client sends (bytes up to {@code \n}) comes back unchanged, followed by
 *       {@code \n}. An idle client must never stop other clients from being served;</li>
 *   <li>as soon as a line passes {@value #MAX_LINE_BYTES} bytes without its {@code \n}, the client
 *       gets {@value #TOO_LONG} and its connection is closed; the server goes on;</li>
 *   <li>a client that disappears (even with a reset) ends only its own connection;</li>
 *   <li>{@link #close()} stops accepting, disconnects every client, and returns only when every
 *       thread the server created has ended; a second {@code close()} does nothing.</li>
 * </ul>
 *
 * <p><b>Hint.</b> Closing a socket wakes up a thread blocked reading it (with an exception), and
 * closing the server socket wakes up {@code accept()}. Remember every thread you create, and
 * {@code join()} them in {@code close()}.
 *
 * <p><b>Reread:</b> §4.12 ({@code UpperCaseTcpServer}; {@code OutOfStepReplies} for why messages need framing).
 */
public final class ThreadedEchoServer implements AutoCloseable {

    public static final int MAX_LINE_BYTES = 1024;
    public static final String TOO_LONG = "ERROR line too long";

    private ThreadedEchoServer() {
    }

    public static ThreadedEchoServer start(int port, ThreadFactory threads) throws IOException {
        throw new UnsupportedOperationException("TODO: exercise ThreadedEchoServer (§4.12) — implement start; see the Javadoc");
    }

    public int port() {
        throw new UnsupportedOperationException("TODO: exercise ThreadedEchoServer (§4.12) — implement port");
    }

    public InetSocketAddress address() {
        throw new UnsupportedOperationException("TODO: exercise ThreadedEchoServer (§4.12) — implement address");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO: exercise ThreadedEchoServer (§4.12) — implement close");
    }
}

package course.ch04.s12_socket_server;

import java.io.PrintStream;

/**
 * §4.12 socketserver — the TCP server with a platform thread per connection, as a program.
 *
 * <p><b>The Python original</b> subclasses {@code BaseRequestHandler}; its {@code handle()} loops
 * receiving up to 1024 bytes and sending them back upper-cased, and
 * {@code ThreadingTCPServer(('127.0.0.1', 8080), MyTCPhandler).serve_forever()} runs a thread per
 * client. Here: {@link UpperCaseTcpServer} with {@code PLATFORM_THREAD_PER_CONNECTION}, which
 * answers the same bytes (the original's clients work with it, see
 * {@code docs/original/s4_12_tcp_client.py}) but ends a connection when its client has gone,
 * where the original's handler spins at 100 % CPU (docs/errata.md).
 *
 * <p>Its only argument is the port (0..65535, default 8080, the original's; 0 picks a free one): anything else
 * gets a usage line on stderr and exit code 2, a port already taken one line on stderr and exit
 * code 1. It runs until stopped.
 *
 * <p><b>Run:</b> after {@code ./mvnw -q -pl ch04-multithreading compile}, start it as below, then talk
 * to it with {@link TcpClient} from a second terminal; Ctrl-C stops it cleanly:
 * <pre>
 * java -cp ch04-multithreading/target/classes:kit/course-kit/target/classes course.ch04.s12_socket_server.ThreadingTcpServer
 * </pre>
 * <p><b>Expected</b> output: first {@code listening on 127.0.0.1:8080}, then one line per client that
 * connects or leaves ({@code connected: /127.0.0.1:51234}, {@code disconnected: ...}).
 */
public final class ThreadingTcpServer {

    private ThreadingTcpServer() {
    }

    public static void main(String[] args) {
        UpperCaseTcpServer server = launch(args, System.out);
        // Ctrl-C (or a plain kill) runs the hooks: close the server before the JVM goes.
        // main may return: the server's own thread is not a daemon, so the JVM keeps running.
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }

    /** Reads the port, starts the server, prints where it listens (the first line) and its log. */
    static UpperCaseTcpServer launch(String[] args, PrintStream out) {
        return CommandLine.startTcpServer(args, "ThreadingTcpServer", UpperCaseTcpServer.Handling.PLATFORM_THREAD_PER_CONNECTION, out);
    }
}

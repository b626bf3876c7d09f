package course.ch04.s12_socket_server;

import java.io.PrintStream;

/**
 * §4.12 socketserver — the same TCP server, its connections served by an
 * {@code ExecutorService} that starts a virtual thread per task (Java 21).
 *
 * <p>The handler is the same blocking code as in {@link ThreadingTcpServer}; only the threads
 * differ. Virtual threads are cheap to create and to block, so a server like this can hold many
 * thousands of idle connections, where one OS thread per connection would not scale.
 *
 * <p>Its only argument is the port (0..65535, default 8080, the original's; 0 picks a free one): anything else
 * gets a usage line on stderr and exit code 2, a port already taken one line on stderr and exit
 * code 1. It runs until stopped.
 *
 * <p><b>Run:</b> after {@code ./mvnw -q -pl ch04-multithreading compile}, start it as below; Ctrl-C
 * stops it:
 * <pre>
 * java -cp ch04-multithreading/target/classes:kit/course-kit/target/classes course.ch04.s12_socket_server.VirtualThreadTcpServer
 * </pre>
 * <p><b>Expected</b> output: {@code listening on 127.0.0.1:8080}, then a line per client.
 */
public final class VirtualThreadTcpServer {

    private VirtualThreadTcpServer() {
    }

    public static void main(String[] args) {
        UpperCaseTcpServer server = launch(args, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }

    /** Reads the port, starts the server, prints where it listens (the first line) and its log. */
    static UpperCaseTcpServer launch(String[] args, PrintStream out) {
        return CommandLine.startTcpServer(args, "VirtualThreadTcpServer", UpperCaseTcpServer.Handling.VIRTUAL_THREAD_EXECUTOR, out);
    }
}

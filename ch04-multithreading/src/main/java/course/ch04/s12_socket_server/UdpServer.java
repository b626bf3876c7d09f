package course.ch04.s12_socket_server;

import java.io.IOException;
import java.io.PrintStream;

/**
 * §4.12 socketserver — the threading UDP server, as a program.
 *
 * <p><b>The Python original</b> runs {@code ThreadingUDPServer((host, port), Handler)}; its
 * handler gets {@code (data, socket)} as the request and sends {@code data.upper()} back to the
 * client's address. Here: {@link UpperCaseUdpServer}.
 *
 * <p>Its only argument is the port (0..65535, default 8080, the original's; 0 picks a free one): anything else
 * gets a usage line on stderr and exit code 2, a port already taken one line on stderr and exit
 * code 1. It runs until stopped.
 *
 * <p><b>Run:</b> after {@code ./mvnw -q -pl ch04-multithreading compile}, start it as below, then use
 * {@link UdpClient}; Ctrl-C stops it:
 * <pre>
 * java -cp ch04-multithreading/target/classes:kit/course-kit/target/classes course.ch04.s12_socket_server.UdpServer
 * </pre>
 * <p><b>Expected</b> output: {@code listening on 127.0.0.1:8080 (UDP)}, then a line per datagram.
 */
public final class UdpServer {

    private UdpServer() {
    }

    public static void main(String[] args) {
        UpperCaseUdpServer server = launch(args, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }

    /** Reads the port, starts the server, prints where it listens (the first line) and its log. */
    static UpperCaseUdpServer launch(String[] args, PrintStream out) {
        int port = CommandLine.portOrExit(args, "UdpServer", 0);
        try {
            UpperCaseUdpServer server = UpperCaseUdpServer.start(port, out::println);
            out.println("listening on 127.0.0.1:" + server.port() + " (UDP)");
            return server;
        } catch (IOException e) {
            System.err.println("cannot listen on 127.0.0.1:" + port + " (UDP): " + e.getMessage());
            System.exit(1);
            throw new IllegalStateException("not reached");
        }
    }
}

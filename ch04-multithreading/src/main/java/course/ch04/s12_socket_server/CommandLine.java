package course.ch04.s12_socket_server;

import course.kit.Usage;

import java.io.IOException;
import java.io.PrintStream;

/**
 * The one argument of this section's mains (a port, 8080 when omitted: the original's), how the TCP server programs
 * start, and how the clients end on an error.
 */
final class CommandLine {

    static final int DEFAULT_PORT = 8080;

    private CommandLine() {
    }

    /** The port in {@code args}, or a usage line on stderr and exit code 2. */
    static int portOrExit(String[] args, String program, int lowest) {
        String usage = "usage: " + program + " [PORT]   (" + lowest + "..65535, default " + DEFAULT_PORT
                + (lowest == 0 ? "; 0 picks a free port)" : ")");
        if (args.length == 0) {
            return DEFAULT_PORT;
        }
        if (args.length == 1) {
            try {
                int port = Integer.parseInt(args[0].strip());
                if (port >= lowest && port <= 65_535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below, with the usage line
            }
        }
        Usage.exit(usage);
        return -1;  // not reached: Usage.exit ends the JVM
    }

    /**
     * What {@link ThreadingTcpServer} and {@link VirtualThreadTcpServer} do first: read the port,
     * start the server with {@code handling}, print where it listens (the first line of
     * {@code out}; the server's log follows). A port already taken: one line on stderr and exit code 1.
     */
    static UpperCaseTcpServer startTcpServer(String[] args, String program, UpperCaseTcpServer.Handling handling,
                                             PrintStream out) {
        int port = portOrExit(args, program, 0);
        try {
            UpperCaseTcpServer server = UpperCaseTcpServer.start(port, handling, out::println);
            out.println("listening on 127.0.0.1:" + server.port());
            return server;
        } catch (IOException e) {
            System.err.println("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
            System.exit(1);
            throw new IllegalStateException("not reached");
        }
    }

    /** One line on stderr and exit code 1: what went wrong is the whole message, no stack trace. */
    static void fail(String message) {
        System.out.flush();
        System.err.println(message);
        System.exit(1);
    }
}

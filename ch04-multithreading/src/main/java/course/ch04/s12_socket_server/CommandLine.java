package course.ch04.s12_socket_server;

import course.kit.Usage;

/** The one argument of this section's mains (a port, 8000 when omitted), and how the clients end on an error. */
final class CommandLine {

    static final int DEFAULT_PORT = 8000;

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

    /** One line on stderr and exit code 1: what went wrong is the whole message, no stack trace. */
    static void fail(String message) {
        System.out.flush();
        System.err.println(message);
        System.exit(1);
    }
}

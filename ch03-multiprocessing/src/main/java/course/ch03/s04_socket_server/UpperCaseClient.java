package course.ch03.s04_socket_server;

import course.kit.LineReader;
import course.kit.Usage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * §3.4 Concurrent socket server (并发的套接字通信) — the client: reads lines from the keyboard,
 * skips empty ones, sends each to the server and prints the reply.
 *
 * <p><b>Usage:</b> {@code UpperCaseClient [port]} (default 8000) against a running
 * {@link UpperCaseServer}; end the input with Ctrl-D (Ctrl-Z on Windows). Another argument gets
 * a usage line and exit code 2. No server, no reply within {@value #REPLY_TIMEOUT_MILLIS} ms, or
 * a typed line longer than the server serves ({@value UpperCaseWorker#MAX_LINE_BYTES} bytes):
 * one line on stderr and exit code 1.
 *
 * <p><b>Expected</b> for the input {@code hello}, an empty line, {@code héllo wörld}:
 * <pre>
 * HELLO
 * HéLLO WöRLD
 * </pre>
 */
public final class UpperCaseClient {

    /** How long the client waits for each reply. */
    public static final int REPLY_TIMEOUT_MILLIS = 10_000;

    private UpperCaseClient() {
    }

    public static void main(String[] args) {
        int port;
        try {
            port = args.length == 0 ? 8000 : Integer.parseInt(args[0]);
            if (args.length > 1 || port < 1 || port > 65_535) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            Usage.exit("usage: UpperCaseClient [port 1..65535]   (default 8000)");
            return;
        }
        boolean interactive = System.console() != null;
        // Typed lines are read with a limit: a line the server would refuse is not even held here.
        LineReader keyboard = new LineReader(System.in, UpperCaseWorker.MAX_LINE_BYTES);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            Session session = new Session(socket);
            while (true) {
                if (interactive) {
                    System.out.print(">>: ");
                    System.out.flush();
                }
                LineReader.Line line = keyboard.next();
                if (line == null) {
                    break;                                  // end of input: hang up
                }
                if (line.cut()) {
                    System.err.println("UpperCaseClient: a typed line longer than " + UpperCaseWorker.MAX_LINE_BYTES
                            + " characters; not sent");
                    System.exit(1);
                    return;
                }
                String message = line.text().strip();
                if (message.isEmpty()) {
                    continue;                               // Python: if not msg: continue
                }
                String reply = session.send(message);
                if (reply == null) {
                    System.err.println("the server closed the connection");
                    break;
                }
                System.out.println(reply);
            }
        } catch (IOException e) {
            System.err.println("cannot talk to 127.0.0.1:" + port + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /** Sends each message as one line and returns the replies in order. */
    public static List<String> talk(int port, List<String> messages) throws IOException {
        List<String> replies = new ArrayList<>();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            Session session = new Session(socket);
            for (String message : messages) {
                replies.add(session.send(message));
            }
        }
        return replies;
    }

    /** One line out, one line back: the server answers byte for byte, newline included. */
    private static final class Session {
        private final OutputStream out;
        private final BufferedReader in;

        Session(Socket socket) throws IOException {
            socket.setSoTimeout(REPLY_TIMEOUT_MILLIS);      // a silent server ends the wait with an error
            out = socket.getOutputStream();
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        }

        String send(String message) throws IOException {
            out.write((message + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return in.readLine();
        }
    }
}

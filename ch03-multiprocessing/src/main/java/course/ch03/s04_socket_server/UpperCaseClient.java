package course.ch03.s04_socket_server;

import course.kit.LineReader;
import course.kit.Usage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * §3.4 Concurrent socket server (并发的套接字通信) — the client: reads lines from the keyboard,
 * strips them, skips empty ones, sends each to the server and prints the reply.
 *
 * <p><b>The Python original</b> loops: {@code msg = input('>>: ').strip()}, {@code if not msg:
 * continue}, {@code send(msg.encode('utf-8'))} (no newline), {@code recv(1024)}, print the reply
 * decoded. This client sends the same bytes, so it works with the original's server too
 * ({@code docs/original/s3_4_server.py}). It reads each reply differently: not one
 * {@code recv(1024)}, which returns only part of a reply longer than 1024 bytes (the rest then
 * passes for the next reply), but exactly as many bytes as it sent: {@code bytes.upper()} keeps
 * the length, so that is the whole reply. Where the original ends only with an
 * {@code EOFError} at the end of input, this one ends quietly there (Ctrl-D; Ctrl-Z on Windows).
 *
 * <p><b>Usage:</b> {@code UpperCaseClient [port]} (default 8000, the original's) against a running
 * {@link UpperCaseServer}. Another argument gets a usage line and exit code 2. No server, no reply
 * within {@value #REPLY_TIMEOUT_MILLIS} ms, or a typed line longer than
 * {@value #MAX_LINE_CHARS} characters (never held whole): one line on stderr and exit code 1.
 *
 * <p><b>Expected</b> for the input {@code hello}, an empty line, {@code  héllo wörld }:
 * <pre>
 * HELLO
 * HéLLO WöRLD
 * </pre>
 */
public final class UpperCaseClient {

    /** How long the client waits for each reply. */
    public static final int REPLY_TIMEOUT_MILLIS = 10_000;
    /** The longest typed line the client sends. */
    public static final int MAX_LINE_CHARS = 262_144;

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
        // Typed lines are read with a limit: an endless "line" piped in by mistake is never held whole.
        LineReader keyboard = new LineReader(System.in, MAX_LINE_CHARS);
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
                    System.err.println("UpperCaseClient: a typed line longer than " + MAX_LINE_CHARS + " characters; not sent");
                    System.exit(1);
                    return;
                }
                String message = line.text().strip();       // msg = input('>>: ').strip()
                if (message.isEmpty()) {
                    continue;                               // if not msg: continue
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

    /** Sends each message, as the original does (no newline), and returns the replies in order. */
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

    /** A message out, as many bytes back: the server answers byte for byte. */
    private static final class Session {
        private final OutputStream out;
        private final InputStream in;

        Session(Socket socket) throws IOException {
            socket.setSoTimeout(REPLY_TIMEOUT_MILLIS);      // a silent server ends the wait with an error
            out = socket.getOutputStream();
            in = socket.getInputStream();
        }

        /** The reply, decoded; {@code null} when the server ended the connection before all of it came. */
        String send(String message) throws IOException {
            byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
            out.write(bytes);                               // client.send(msg.encode('utf-8'))
            out.flush();
            byte[] reply = in.readNBytes(bytes.length);     // the whole reply, however many recv() it takes
            return reply.length < bytes.length ? null : new String(reply, StandardCharsets.UTF_8);
        }
    }
}

package course.ch04.s12_socket_server;

import course.kit.PythonBytes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.function.Consumer;

/**
 * §4.12 socketserver — what every TCP server of this section does with one client: the original's
 * handler, with the one check it leaves out.
 *
 * <p><b>The Python original</b>'s {@code handle()} loops {@code data = self.request.recv(1024)},
 * {@code self.request.send(data.upper())}. No framing: whatever bytes one {@code recv} returns
 * (1 to 1024 of them) go back upper-cased, exactly as {@code bytes.upper()} does it
 * ({@link PythonBytes}). This handler speaks the same bytes, so the original's clients work with
 * it and the course's clients work with the original server.
 *
 * <p><b>The check the original lacks:</b> when the client closes, {@code recv} returns
 * {@code b''} at once, every time; {@code send(b'')} does not fail, so the original's loop spins
 * at 100 % CPU for as long as the server runs (see docs/errata.md). Here {@code read} returns
 * {@code -1} and the handler ends.
 *
 * <p>Memory per connection is this 1 KiB buffer and the socket's kernel buffers, whatever the
 * client sends: a byte read is a byte written before the next read. A client that sends without
 * reading is held back by TCP once those buffers are full; {@link UpperCaseTcpServer} closes a
 * connection that moves no byte for its idle limit.
 */
public final class UpperCaseHandler {

    /** Python's {@code recv(1024)}. */
    public static final int RECV_BYTES = 1024;

    private UpperCaseHandler() {
    }

    /**
     * Serves one client until it leaves or the server closes the socket; {@code progress} runs
     * after every read and every write (the server's idle clock).
     */
    public static void serve(Socket socket, Consumer<String> log, Runnable progress) {
        String peer = String.valueOf(socket.getRemoteSocketAddress());
        log.accept("connected: " + peer);
        try (socket) {
            try {
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                byte[] data = new byte[RECV_BYTES];
                while (true) {
                    int n = in.read(data);                  // data = self.request.recv(1024)
                    if (n == -1) {                          // b'': the client has gone (the original never asks)
                        log.accept("disconnected: " + peer);
                        return;
                    }
                    progress.run();
                    PythonBytes.upperInPlace(data, 0, n);
                    out.write(data, 0, n);                  // self.request.send(data.upper())
                    progress.run();
                }
            } catch (IOException e) {
                // Still inside the try-with-resources: the socket is closed here only if the server closed it.
                log.accept((socket.isClosed() ? "closed by the server: " : "ended abruptly: ") + peer + " (" + e.getMessage() + ")");
            }
        } catch (IOException e) {
            log.accept("could not close the connection to " + peer + ": " + e.getMessage());
        }
    }
}

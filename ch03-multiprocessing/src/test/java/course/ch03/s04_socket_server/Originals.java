package course.ch03.s04_socket_server;

import course.kit.test.OriginalPrograms;
import static course.kit.test.OriginalPrograms.TIMEOUT;
import static course.kit.test.OriginalPrograms.decode;
import static course.kit.test.OriginalPrograms.recv;

import course.kit.PythonBytes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The original §3.4 programs, for the interop tests: Java re-creations of what each one does on
 * the wire, and the real ones ({@code docs/original/s3_4_*.py}) run with {@code python3}.
 *
 * <p>The re-creations follow the Python line by line: the client strips each typed line, skips
 * an empty one ({@code continue}), sends the text without a newline and reads the reply with one
 * {@code recv(1024)}; the server serves each connection on its own (the original forks a process,
 * the re-creation starts a thread: the bytes on the wire are the same) with {@code recv(1024)},
 * stop at {@code b''}, {@code send(data.upper())}.
 *
 */
final class Originals {

    private Originals() {
    }

    // ---- the client and the server, re-created --------------------------------------------------

    /**
     * What the original client prints for these typed lines (prompts included, as input() writes
     * them) up to the end of the input, where the original raises EOFError.
     */
    static String client(int port, String typed) throws IOException {
        StringBuilder printed = new StringBuilder();
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
            client.setSoTimeout((int) TIMEOUT.toMillis());
            for (String line : typed.lines().toList()) {
                printed.append(">>: ");
                String msg = line.strip();                       // msg = input('>>: ').strip()
                if (msg.isEmpty()) {
                    continue;                                    // if not msg: continue
                }
                client.getOutputStream().write(msg.getBytes(StandardCharsets.UTF_8));   // client.send(msg.encode('utf-8'))
                printed.append(decode(recv(client.getInputStream(), 1024))).append('\n');   // print(client.recv(1024).decode('utf-8'))
            }
            return printed.append(">>: ").toString();           // then input() raises EOFError
        }
    }

    /** The original server: one worker per connection, recv(1024), stop at b'', send(data.upper()). */
    static final class Server implements AutoCloseable {
        private final ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
        private final List<Thread> threads = new ArrayList<>();
        private final Thread acceptor;

        Server() throws IOException {
            acceptor = Thread.ofPlatform().name("original-3.4-acceptor").start(() -> {
                try {
                    while (true) {
                        Socket conn = listener.accept();
                        sockets.add(conn);
                        synchronized (threads) {
                            threads.add(Thread.ofPlatform().name("original-3.4-talk").start(() -> talk(conn)));
                        }
                    }
                } catch (IOException closed) {
                    // close()
                }
            });
        }

        private static void talk(Socket conn) {
            try (conn) {
                InputStream in = conn.getInputStream();
                OutputStream out = conn.getOutputStream();
                while (true) {
                    byte[] data = recv(in, 1024);               // data = conn.recv(1024)
                    if (data.length == 0) {
                        return;                                 // if not data: break
                    }
                    out.write(PythonBytes.upper(data));                     // conn.send(data.upper())
                }
            } catch (IOException e) {
                // ConnectionResetError: break
            }
        }

        int port() {
            return listener.getLocalPort();
        }

        @Override
        public void close() throws Exception {
            listener.close();
            acceptor.join();
            for (Socket socket : sockets) {
                socket.close();
            }
            synchronized (threads) {
                for (Thread thread : threads) {
                    thread.join();
                }
            }
        }
    }

    /** True when the real original programs can run here: python3 on PATH, and docs/original/ present. */
    static boolean canRunOriginals() {
        return OriginalPrograms.canRun("s3_4_client.py");
    }
}

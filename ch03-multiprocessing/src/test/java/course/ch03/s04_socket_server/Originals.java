package course.ch03.s04_socket_server;

import course.kit.Course;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

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
 * <p>(The python3 helpers are the same as chapter 4's: chapters share no test code but the kit's.)
 */
final class Originals {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

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

    /** Python's {@code sock.recv(max)}: one read, whatever has arrived, at most {@code max} bytes. */
    static byte[] recv(InputStream in, int max) throws IOException {
        byte[] buffer = new byte[max];
        int n = in.read(buffer);
        return n == -1 ? new byte[0] : Arrays.copyOf(buffer, n);
    }

    /** Python's {@code bytes.decode('utf-8')}: strict, an error on bytes that are not UTF-8. */
    static String decode(byte[] bytes) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Python's {@code bytes.upper()}. */
    static byte[] upper(byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] >= 'a' && copy[i] <= 'z') {
                copy[i] -= 'a' - 'A';
            }
        }
        return copy;
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
                    out.write(upper(data));                     // conn.send(data.upper())
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

    // ---- the real ones, with python3 ------------------------------------------------------------

    private static Optional<String> pythonVersion;

    /** The version line of {@code python3} on PATH, or empty when there is none (then the python tests are skipped). */
    static synchronized Optional<String> python3() {
        if (pythonVersion == null) {
            pythonVersion = Optional.empty();
            try {
                Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && out.startsWith("Python 3")) {
                    pythonVersion = Optional.of(out);
                }
                p.destroyForcibly();
            } catch (IOException e) {
                // no python3 on PATH
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return pythonVersion;
    }

    /** True when the real original programs can run here: python3 on PATH, and docs/original/ present. */
    static boolean canRunOriginals() {
        return python3().isPresent() && Files.isRegularFile(script("s3_4_client.py"));
    }

    /** An original program's file, under docs/original/ of the course. */
    static Path script(String name) {
        return Course.root().resolve("docs/original").resolve(name);
    }

    /** Starts {@code python3 docs/original/NAME args}, its output to files (nothing to drain, no deadlock). */
    static Python start(String name, Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("python3", script(name).toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("PYTHONIOENCODING", "utf-8");   // whatever the locale: UTF-8 on the pipes
        return new Python(builder.start(), out, err);
    }

    /** A running original program, ended with its whole process tree. */
    record Python(Process process, Path out, Path err) implements AutoCloseable {

        /** Feeds {@code stdin}, closes it, waits for the end; the program's exit code. */
        int run(String stdin) throws Exception {
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("the original program did not end within " + TIMEOUT + "; stderr: " + err());
            }
            return process.exitValue();
        }

        String stdout() throws IOException {
            return Files.readString(out, StandardCharsets.UTF_8);
        }

        String stderr() throws IOException {
            return Files.readString(err, StandardCharsets.UTF_8);
        }

        /** Ends the program and every process it started (the server forks one per connection). */
        @Override
        public void close() throws InterruptedException {
            List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
            tree.add(process.toHandle());
            tree.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle handle : tree) {
                handle.onExit().orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).exceptionally(t -> handle).join();
            }
            process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** A port that was free a moment ago, for a program that takes its port as an argument. */
    static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /** Waits until a TCP server listens on {@code port}, and returns the connection that proved it. */
    static Socket awaitTcp(int port, Python server) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            try {
                return new Socket(InetAddress.getLoopbackAddress(), port);
            } catch (IOException notYet) {
                if (!server.process().isAlive()) {
                    throw new AssertionError("the original server ended; stderr: " + server.stderr());
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new AssertionError("nothing listens on port " + port + " after " + TIMEOUT);
                }
                Thread.sleep(20);
            }
        }
    }
}

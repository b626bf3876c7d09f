package course.kit.test;

import course.kit.Course;
import course.kit.PythonBytes;

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
 * The original Python programs ({@code docs/original/*.py}) run with {@code python3} beside the
 * course's, for the interop tests of §3.4 and §4.12; and the two Python socket calls the Java
 * re-creations of those programs need. Without {@code python3} on PATH the python tests are
 * skipped (a JUnit condition on {@link #canRun}), never failed.
 */
public final class OriginalPrograms {

    /** How long any step of an interop test may take. */
    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static Optional<String> pythonVersion;

    private OriginalPrograms() {
    }

    /** The version line of {@code python3} on PATH, or empty when there is none. */
    public static synchronized Optional<String> python3() {
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

    /** True when the original program {@code name} can run here: python3 on PATH, and the file present. */
    public static boolean canRun(String name) {
        return python3().isPresent() && Files.isRegularFile(script(name));
    }

    /** An original program's file, under docs/original/ of the course. */
    public static Path script(String name) {
        return Course.root().resolve("docs/original").resolve(name);
    }

    /** Starts {@code python3 docs/original/NAME args}, its output to files in {@code dir} (nothing to drain, no deadlock). */
    public static Python start(String name, Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("python3", script(name).toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("PYTHONIOENCODING", "utf-8");   // whatever the locale: UTF-8 on the pipes
        return new Python(builder.start(), out, err);
    }

    /** A running original program, ended with its whole process tree. */
    public record Python(Process process, Path out, Path err) implements AutoCloseable {

        /** Feeds {@code stdin}, closes it, waits for the end; the program's exit code. */
        public int run(String stdin) throws Exception {
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("the original program did not end within " + TIMEOUT + "; stderr: " + stderr());
            }
            return process.exitValue();
        }

        public String stdout() throws IOException {
            return Files.readString(out, StandardCharsets.UTF_8);
        }

        public String stderr() throws IOException {
            return Files.readString(err, StandardCharsets.UTF_8);
        }

        /** Ends the program and every process it started (the §3.4 server forks one per connection). */
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
    public static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /** Waits until a TCP server listens on {@code port}, and returns the connection that proved it. */
    public static Socket awaitTcp(int port, Python server) throws Exception {
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
                Thread.sleep(20);   // polling a port that is not open yet: nothing to wait on
            }
        }
    }

    /** Python's {@code sock.recv(max)}: one read, whatever has arrived, at most {@code max} bytes. */
    public static byte[] recv(InputStream in, int max) throws IOException {
        byte[] buffer = new byte[max];
        int n = in.read(buffer);
        return n == -1 ? new byte[0] : Arrays.copyOf(buffer, n);
    }

    /** Python's {@code bytes.decode('utf-8')}: strict, an error on bytes that are not UTF-8. */
    public static String decode(byte[] bytes) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * The original TCP server of §3.4 and §4.12, re-created for the interop tests: each connection
     * served on its own (§3.4 forks a process, §4.12's socketserver starts a thread; this starts a
     * thread: the bytes on the wire are the same), {@code data = recv(1024)}, stop at {@code b''},
     * {@code send(data.upper())}. The one deviation: §4.12's handler spins on {@code b''} for ever
     * (see the errata); this one stops there, as §3.4's does.
     */
    public static final class UpperCaseServer implements AutoCloseable {
        private final ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
        private final List<Thread> threads = new ArrayList<>();
        private final Thread acceptor;

        public UpperCaseServer() throws IOException {
            acceptor = Thread.ofPlatform().name("original-server-acceptor").start(() -> {
                try {
                    while (true) {
                        Socket conn = listener.accept();
                        sockets.add(conn);
                        synchronized (threads) {
                            threads.add(Thread.ofPlatform().name("original-server-handler").start(() -> handle(conn)));
                        }
                    }
                } catch (IOException closed) {
                    // close()
                }
            });
        }

        private static void handle(Socket conn) {
            try (conn) {
                InputStream in = conn.getInputStream();
                OutputStream out = conn.getOutputStream();
                while (true) {
                    byte[] data = recv(in, 1024);               // data = conn.recv(1024)
                    if (data.length == 0) {
                        return;                                 // if not data: break
                    }
                    out.write(PythonBytes.upper(data));        // conn.send(data.upper())
                }
            } catch (IOException e) {
                // the client reset the connection, or close() ended it
            }
        }

        public int port() {
            return listener.getLocalPort();
        }

        /** Stops accepting, closes every connection and waits for every thread of the server. */
        @Override
        public void close() throws InterruptedException, IOException {
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
}

package course.ch03.s04_socket_server;

import course.ch03.process.JavaProcess;
import course.kit.Usage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * §3.4 Concurrent socket server (并发的套接字通信) — one child process per connection.
 *
 * <p><b>The Python original</b> accepts connections on 127.0.0.1:8000 and starts a
 * {@code Process} per connection; the child prints the client's address, then loops: receive up
 * to 1024 bytes, stop on empty data, send them back upper-cased.
 *
 * <p><b>In Java</b> the accepted socket cannot be handed to another process. The parent keeps
 * it and pumps bytes: socket → child's stdin on one thread, child's stdout → socket on another.
 * The child ({@link UpperCaseWorker}) only sees a byte stream. End of stream in either direction
 * ends the connection; an abrupt disconnect (a reset) ends only that connection. Each child is
 * a daemon (§3.8): if this server dies, even by {@code kill -9}, its children follow.
 *
 * <p>It speaks the original's bytes: whatever a client sends comes back upper-cased as
 * {@code bytes.upper()} does it, as soon as it arrives, with no newline needed and no length
 * limit, so the original's client ({@code docs/original/s3_4_client.py}) works with it, and the
 * course's {@link UpperCaseClient} works with the original's server.
 *
 * <p><b>Limits</b> (Python's original has none, so any client can make it start processes
 * without end), none of which a well-behaved client of the original can reach: at most
 * {@value #MAX_WORKERS} connections are served at once, each by its own child; further clients
 * wait in the operating system's listen queue until one ends. Each connection's socket receive
 * buffer is fixed at {@value #RECEIVE_BUFFER_BYTES} bytes, so a client that sends faster than it
 * reads the replies is held back by TCP, and this process copies through 1 KiB buffers: memory
 * stays bounded whatever the clients send. A connection that moves no byte either way for the
 * idle limit (five minutes unless {@link #start(int, PrintStream, int, Duration)} says otherwise:
 * a client that is silent, or that sends without ever reading) is closed.
 *
 * <p><b>Usage:</b> in one terminal: {@code java -cp ... course.ch03.s04_socket_server.UpperCaseServer [port]}
 * (default 8000, 0 = any free port; Ctrl-C stops it; another argument gets a usage line and exit
 * code 2, a port already in use one line and exit code 1), and in others
 * {@code java -cp ... course.ch03.s04_socket_server.UpperCaseClient [port]}. The launcher runs
 * {@link ServerAndTwoClients}, which does both in one go.
 *
 * <p><b>Expected</b> (ports and pids vary):
 * <pre>
 * listening on 127.0.0.1:8000
 * conn-1: /127.0.0.1:51234 connected, child pid 4242
 * [conn-1] serving /127.0.0.1:51234 in pid 4242
 * ...
 * </pre>
 *
 * <p>Part of §3.4's lesson, with {@link UpperCaseClient} and {@link UpperCaseWorker}: no demo of
 * another section and no exercise solution uses them, so they stay in the section's package (the
 * load benchmark in {@code docs} starts this server too).
 */
public final class UpperCaseServer implements AutoCloseable {

    /** Connections served at once by default; more wait in the listen queue. */
    public static final int MAX_WORKERS = 16;
    /** The receive buffer of every connection's socket (the kernel may round it up). */
    public static final int RECEIVE_BUFFER_BYTES = 65_536;

    /** How long a connection may move no byte before the server closes it. */
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(5);

    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final ServerSocket listener;
    private final PrintStream log;
    private final Semaphore workers;
    private final Duration idleTimeout;
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger numbers = new AtomicInteger();
    private final Thread acceptor;
    private volatile boolean closed;

    /** One client: its socket, its child JVM, the thread that serves it, and when a byte last moved. */
    private static final class Connection {
        final Socket socket;
        final JavaProcess child;
        final Thread server;
        volatile long lastProgress = System.nanoTime();

        Connection(Socket socket, JavaProcess child, Function<Connection, Runnable> serving) {
            this.socket = socket;
            this.child = child;
            this.server = Thread.ofPlatform().daemon().name(child.name()).unstarted(serving.apply(this));
        }

        JavaProcess child() {
            return child;
        }
    }

    private UpperCaseServer(ServerSocket listener, PrintStream log, int maxWorkers, Duration idleTimeout) {
        this.listener = listener;
        this.log = log;
        this.workers = new Semaphore(maxWorkers);
        this.idleTimeout = idleTimeout;
        this.acceptor = Thread.ofPlatform().daemon().name("accept " + port()).unstarted(this::acceptLoop);
    }

    /** Listens on 127.0.0.1 only ({@code port} 0 = any free port) and serves until {@link #close()}. */
    public static UpperCaseServer start(int port, PrintStream log) throws IOException {
        return start(port, log, MAX_WORKERS);
    }

    /** The same, serving at most {@code maxWorkers} connections (so child JVMs) at once. */
    public static UpperCaseServer start(int port, PrintStream log, int maxWorkers) throws IOException {
        return start(port, log, maxWorkers, IDLE_TIMEOUT);
    }

    /** The same, closing a connection that moves no byte for {@code idleTimeout}. */
    public static UpperCaseServer start(int port, PrintStream log, int maxWorkers, Duration idleTimeout) throws IOException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        if (maxWorkers < 1) {
            throw new IllegalArgumentException("maxWorkers must be at least 1, not " + maxWorkers);
        }
        if (idleTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("idleTimeout must be at least 1 ms, not " + idleTimeout);
        }
        ServerSocket listener = new ServerSocket();
        listener.setReceiveBufferSize(RECEIVE_BUFFER_BYTES);      // before bind: accepted sockets inherit it
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listener.setSoTimeout((int) sweepEvery(idleTimeout).toMillis());   // accept() wakes up to look for idle clients
        UpperCaseServer server = new UpperCaseServer(listener, log, maxWorkers, idleTimeout);
        server.acceptor.start();
        return server;
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Pids of the connection children now running. */
    public List<Long> childPids() {
        return connections.stream().map(Connection::child).filter(JavaProcess::isAlive).map(JavaProcess::pid).toList();
    }

    /** How often the acceptor looks for idle connections: a quarter of the limit, between 10 ms and 1 s. */
    private static Duration sweepEvery(Duration idleTimeout) {
        return Duration.ofMillis(Math.clamp(idleTimeout.toMillis() / 4, 10, 1000));
    }

    private void acceptLoop() {
        long sweepNanos = sweepEvery(idleTimeout).toNanos();
        long nextSweep = System.nanoTime() + sweepNanos;
        while (!closed) {
            if (System.nanoTime() - nextSweep >= 0) {
                closeIdleConnections();
                nextSweep = System.nanoTime() + sweepNanos;
            }
            try {
                // A free place first: beyond the cap, clients wait unaccepted. Look for idle ones meanwhile.
                if (!workers.tryAcquire(sweepNanos, TimeUnit.NANOSECONDS)) {
                    continue;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();     // close() interrupts: stop accepting
                return;
            }
            boolean handedOver = false;
            try {
                Socket socket;
                try {
                    socket = listener.accept();
                } catch (SocketTimeoutException e) {
                    continue;                           // nobody came: time to look for idle clients (finally frees the place)
                }
                int number = numbers.incrementAndGet();
                // Register before starting, so that close() always sees the connection.
                JavaProcess child = new JavaProcess(UpperCaseWorker.class,
                        List.of(String.valueOf(socket.getRemoteSocketAddress())), "conn-" + number)
                        .setDaemon(true).pipeIO().forwardOutputWithName(log);
                Connection connection = new Connection(socket, child, c -> () -> serve(c));
                connections.add(connection);
                connection.server.start();
                handedOver = true;              // serve() gives the place back
            } catch (IOException e) {
                if (!closed) {
                    log.println("accept failed: " + e.getMessage());
                }
            } finally {
                if (!handedOver) {
                    workers.release();
                }
            }
        }
    }

    /** Closes every connection that has moved no byte for the idle limit; both its pumps then end. */
    private void closeIdleConnections() {
        long now = System.nanoTime();
        for (Connection connection : connections) {
            if (now - connection.lastProgress > idleTimeout.toNanos()) {
                log.println(connection.child.name() + ": idle for " + idleTimeout.toMillis() + " ms, closing");
                try {
                    connection.socket.close();
                } catch (IOException e) {
                    // already closed
                }
            }
        }
    }

    private void serve(Connection connection) {
        Socket socket = connection.socket;
        JavaProcess child = connection.child;
        Runnable progress = () -> connection.lastProgress = System.nanoTime();
        String name = child.name();
        try (socket) {
            synchronized (this) {               // close() starts no race with a child being born
                if (closed) {
                    return;
                }
                child.start();
            }
            log.println(name + ": " + socket.getRemoteSocketAddress() + " connected, child pid " + child.pid());
            // socket → child: when the client stops sending (or resets), close the child's stdin,
            // so the child reads end-of-stream and ends.
            Thread.ofPlatform().daemon().name(name + " socket->child").start(() -> {
                try (OutputStream toChild = child.stdin()) {
                    pump(socket.getInputStream(), toChild, progress);
                } catch (IOException e) {
                    // a reset by the client, or the child already gone: this direction is over
                }
            });
            // child → socket, on this thread, until the child's stdout ends (the child exited).
            try {
                pump(child.stdout(), socket.getOutputStream(), progress);
            } catch (IOException e) {
                log.println(name + ": client unreachable (" + e.getMessage() + ")");
            }
        } catch (IOException e) {
            log.println(name + ": could not start a child: " + e.getMessage());
        } finally {
            stop(child);
            connections.removeIf(c -> c.child() == child);
            log.println(name + ": closed");
            workers.release();
        }
    }

    /** Copies until end of stream, flushing each chunk (a message is sent on at once), and says after each chunk that bytes moved. */
    static void pump(InputStream from, OutputStream to, Runnable progress) throws IOException {
        byte[] buffer = new byte[1024];
        for (int n; (n = from.read(buffer)) != -1; ) {
            progress.run();
            to.write(buffer, 0, n);
            to.flush();
            progress.run();
        }
    }

    private static void stop(JavaProcess child) {
        try {
            if (child.isAlive()) {
                child.terminate();
                if (!child.join(STOP_GRACE)) {
                    child.kill();
                    child.join(STOP_GRACE);
                }
            } else if (child.exitCode().isPresent()) {
                child.join();                   // reads the child's last log lines
            }
        } catch (InterruptedException e) {
            child.kill();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops accepting, ends every connection and its child, and returns when all are gone.
     * Interrupted while waiting, it kills what is left and keeps the interrupt flag set.
     */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        try {
            listener.close();
        } catch (IOException e) {
            log.println("closing the listener: " + e.getMessage());
        }
        acceptor.interrupt();                   // in case it waits for a free place
        try {
            acceptor.join(STOP_GRACE);
            for (Connection connection : List.copyOf(connections)) {
                try {
                    connection.socket.close();      // unblocks both pumps
                } catch (IOException e) {
                    // already closed
                }
            }
            for (Connection connection : List.copyOf(connections)) {
                connection.server.join(STOP_GRACE.multipliedBy(2));
                if (connection.child.isAlive()) {
                    connection.child.kill();
                    connection.child.join(STOP_GRACE);
                }
            }
        } catch (InterruptedException e) {
            connections.stream().map(Connection::child).filter(JavaProcess::isAlive).forEach(JavaProcess::kill);
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws Exception {
        int port;
        try {
            port = args.length == 0 ? 8000 : Integer.parseInt(args[0]);
            if (args.length > 1 || port < 0 || port > 65_535) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            Usage.exit("usage: UpperCaseServer [port 0..65535]   (default 8000, 0 = any free port)");
            return;
        }
        UpperCaseServer server;
        try {
            server = start(port, System.out);
        } catch (IOException e) {
            System.err.println("UpperCaseServer: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        // Ctrl-C or SIGTERM: close the server, which ends every child, then let the JVM exit.
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "server shutdown"));
        System.out.println("listening on 127.0.0.1:" + server.port());
        server.acceptor.join();
    }
}

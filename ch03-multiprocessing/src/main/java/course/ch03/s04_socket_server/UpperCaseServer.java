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
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

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
 * <p><b>Limits</b> (Python's original has none, so any client can make it start processes
 * without end): at most {@value #MAX_WORKERS} connections are served at once, each by its own
 * child; further clients wait in the operating system's listen queue until one ends. A line may
 * hold at most {@value UpperCaseWorker#MAX_LINE_BYTES} bytes: a longer one gets
 * {@value UpperCaseWorker#TOO_LONG} and its connection is closed (see {@link UpperCaseWorker}).
 * Each connection's socket receive buffer is fixed at {@value #RECEIVE_BUFFER_BYTES} bytes, so a
 * client that sends faster than its worker reads is held back by TCP, and this process copies
 * through a 1 KiB buffer: memory stays bounded whatever the clients send.
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

    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final ServerSocket listener;
    private final PrintStream log;
    private final Semaphore workers;
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger numbers = new AtomicInteger();
    private final Thread acceptor;
    private volatile boolean closed;

    /** One client: its socket, its child JVM and the thread that serves it. */
    private record Connection(Socket socket, JavaProcess child, Thread server) {
    }

    private UpperCaseServer(ServerSocket listener, PrintStream log, int maxWorkers) {
        this.listener = listener;
        this.log = log;
        this.workers = new Semaphore(maxWorkers);
        this.acceptor = Thread.ofPlatform().daemon().name("accept " + port()).unstarted(this::acceptLoop);
    }

    /** Listens on 127.0.0.1 only ({@code port} 0 = any free port) and serves until {@link #close()}. */
    public static UpperCaseServer start(int port, PrintStream log) throws IOException {
        return start(port, log, MAX_WORKERS);
    }

    /** The same, serving at most {@code maxWorkers} connections (so child JVMs) at once. */
    public static UpperCaseServer start(int port, PrintStream log, int maxWorkers) throws IOException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        if (maxWorkers < 1) {
            throw new IllegalArgumentException("maxWorkers must be at least 1, not " + maxWorkers);
        }
        ServerSocket listener = new ServerSocket();
        listener.setReceiveBufferSize(RECEIVE_BUFFER_BYTES);      // before bind: accepted sockets inherit it
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        UpperCaseServer server = new UpperCaseServer(listener, log, maxWorkers);
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

    private void acceptLoop() {
        while (!closed) {
            try {
                workers.acquire();              // a free place first: beyond the cap, clients wait unaccepted
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();     // close() interrupts: stop accepting
                return;
            }
            boolean handedOver = false;
            try {
                Socket socket = listener.accept();
                int number = numbers.incrementAndGet();
                // Register before starting, so that close() always sees the connection.
                JavaProcess child = new JavaProcess(UpperCaseWorker.class,
                        List.of(String.valueOf(socket.getRemoteSocketAddress())), "conn-" + number)
                        .setDaemon(true).pipeIO().forwardOutputWithName(log);
                Thread server = Thread.ofPlatform().daemon().name("conn-" + number).unstarted(() -> serve(socket, child));
                connections.add(new Connection(socket, child, server));
                server.start();
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

    private void serve(Socket socket, JavaProcess child) {
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
                    pump(socket.getInputStream(), toChild);
                } catch (IOException e) {
                    // a reset by the client, or the child already gone: this direction is over
                }
            });
            // child → socket, on this thread, until the child's stdout ends (the child exited).
            try {
                pump(child.stdout(), socket.getOutputStream());
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

    /** Copies until end of stream, flushing each chunk: a partial line is sent on at once. */
    static void pump(InputStream from, OutputStream to) throws IOException {
        byte[] buffer = new byte[1024];
        for (int n; (n = from.read(buffer)) != -1; ) {
            to.write(buffer, 0, n);
            to.flush();
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
                    connection.socket().close();    // unblocks both pumps
                } catch (IOException e) {
                    // already closed
                }
            }
            for (Connection connection : List.copyOf(connections)) {
                connection.server().join(STOP_GRACE.multipliedBy(2));
                if (connection.child().isAlive()) {
                    connection.child().kill();
                    connection.child().join(STOP_GRACE);
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

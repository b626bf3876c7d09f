package course.ch04.s12_socket_server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * §4.12 socketserver — Python's {@code ThreadingTCPServer}: one thread accepts connections, and
 * every connection is served on a thread of its own by {@link UpperCaseHandler}, which speaks the
 * original's bytes (whatever arrives, upper-cased, no framing).
 *
 * <p>Where that thread comes from is the only difference between the two {@link Handling}s:
 * <ul>
 *   <li>{@link Handling#PLATFORM_THREAD_PER_CONNECTION} starts a new platform (OS) thread, as
 *       Python does. Each costs an OS thread and its stack: fine for hundreds of clients,
 *       heavy for tens of thousands;</li>
 *   <li>{@link Handling#VIRTUAL_THREAD_EXECUTOR} submits the handler to
 *       {@code Executors.newThreadPerTaskExecutor} with a virtual-thread factory (Java 21). The
 *       handler code is the same blocking code; a virtual thread blocked in {@code read()} costs
 *       a few hundred bytes, not an OS thread.</li>
 * </ul>
 *
 * <p>The rest is what a real server needs and the original leaves out, none of which a
 * well-behaved client of the original can run into:
 * <ul>
 *   <li>it listens on 127.0.0.1 only (loopback: no other machine can connect);</li>
 *   <li>it serves at most {@link Limits#maxConnections()} connections at once; the next clients
 *       wait, unaccepted, in the operating system's listen queue until one ends;</li>
 *   <li>a connection that moves no byte either way for {@link Limits#idleTimeout()} (a client
 *       that is silent, or that sends without ever reading) is closed: the acceptor looks every
 *       second or so;</li>
 *   <li>{@link #close()} shuts down cleanly — stop accepting, close every client socket (which
 *       ends the handlers' blocking reads and writes), then wait until every thread the server
 *       started has ended.</li>
 * </ul>
 *
 * <p>Started from {@link ThreadingTcpServer} and {@link VirtualThreadTcpServer}, and in
 * process by {@link SocketServerTour}, {@link OutOfStepReplies} and the tests.
 */
public final class UpperCaseTcpServer implements AutoCloseable {

    /** How each connection gets its thread. */
    public enum Handling {
        PLATFORM_THREAD_PER_CONNECTION("tcp"),
        VIRTUAL_THREAD_EXECUTOR("vtcp");

        private final String threadPrefix;

        Handling(String threadPrefix) {
            this.threadPrefix = threadPrefix;
        }
    }

    /**
     * How many connections are served at once, and how long one may move no byte before the
     * server closes it.
     */
    public record Limits(int maxConnections, Duration idleTimeout) {
        /** 256 connections at once; five minutes of silence (a person thinking at the prompt is not cut off). */
        public static final Limits DEFAULT = new Limits(256, Duration.ofMinutes(5));

        public Limits {
            if (maxConnections < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1, not " + maxConnections);
            }
            if (idleTimeout.toMillis() < 1) {
                throw new IllegalArgumentException("idleTimeout must be at least 1 ms, not " + idleTimeout);
            }
        }

        /** How often the acceptor looks for idle connections: a quarter of the limit, between 10 ms and 1 s. */
        Duration sweepEvery() {
            return Duration.ofMillis(Math.clamp(idleTimeout.toMillis() / 4, 10, 1000));
        }
    }

    /** Connections the OS may queue before we accept them (many clients connect at once). */
    static final int BACKLOG = 512;
    private static final Duration JOIN_LIMIT = Duration.ofSeconds(10);

    /** One client: its socket and when it last moved a byte (System.nanoTime). */
    private static final class Connection {
        final Socket socket;
        volatile long lastProgress = System.nanoTime();

        Connection(Socket socket) {
            this.socket = socket;
        }
    }

    private final ServerSocket serverSocket;
    private final Consumer<String> log;
    private final Limits limits;
    private final Semaphore places;
    private final String threadPrefix;
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();   // every thread started
    private final Map<Socket, Connection> clients = new ConcurrentHashMap<>();
    private final Object lifecycle = new Object();
    private boolean closed;                                               // guarded by lifecycle
    private final ThreadFactory handlerThreads;
    private final ExecutorService virtualThreads;                        // null for platform threads
    private final Thread acceptor;

    private UpperCaseTcpServer(ServerSocket serverSocket, Handling handling, Consumer<String> log, Limits limits) {
        this.serverSocket = serverSocket;
        this.log = log;
        this.limits = limits;
        this.places = new Semaphore(limits.maxConnections());
        this.threadPrefix = handling.threadPrefix + "-" + serverSocket.getLocalPort() + "-";
        AtomicInteger connections = new AtomicInteger();
        this.handlerThreads = runnable -> {
            Thread.Builder builder = handling == Handling.VIRTUAL_THREAD_EXECUTOR ? Thread.ofVirtual() : Thread.ofPlatform();
            Thread thread = builder.name(threadPrefix + "conn-" + connections.incrementAndGet()).unstarted(runnable);
            threads.add(thread);   // remembered, so that close() can wait for it
            return thread;
        };
        this.virtualThreads = handling == Handling.VIRTUAL_THREAD_EXECUTOR
                ? Executors.newThreadPerTaskExecutor(handlerThreads) : null;
        this.acceptor = Thread.ofPlatform().name(threadPrefix + "acceptor").unstarted(this::acceptLoop);
        threads.add(acceptor);
    }

    /** Listens on 127.0.0.1:{@code port} (0: any free port) with the {@link Limits#DEFAULT default limits} and starts accepting. */
    public static UpperCaseTcpServer start(int port, Handling handling, Consumer<String> log) throws IOException {
        return start(port, handling, log, Limits.DEFAULT);
    }

    /** The same, with other limits. */
    public static UpperCaseTcpServer start(int port, Handling handling, Consumer<String> log, Limits limits) throws IOException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        ServerSocket serverSocket = new ServerSocket();
        try {
            serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), BACKLOG);
            serverSocket.setSoTimeout((int) limits.sweepEvery().toMillis());   // accept() wakes up to look for idle clients
        } catch (IOException e) {
            serverSocket.close();
            throw e;
        }
        UpperCaseTcpServer server = new UpperCaseTcpServer(serverSocket, handling, log, limits);
        server.acceptor.start();
        return server;
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    /** The address the server listens on: always a loopback address. */
    public InetSocketAddress address() {
        return (InetSocketAddress) serverSocket.getLocalSocketAddress();
    }

    /** Every thread this server starts has a name beginning with this. */
    public String threadPrefix() {
        return threadPrefix;
    }

    /** How many threads of this server (acceptor and handlers) are still alive. */
    public int liveThreads() {
        return (int) threads.stream().filter(Thread::isAlive).count();
    }

    private void acceptLoop() {
        long sweepNanos = limits.sweepEvery().toNanos();
        long nextSweep = System.nanoTime() + sweepNanos;
        while (!serverSocket.isClosed()) {
            if (System.nanoTime() - nextSweep >= 0) {
                closeIdleConnections();
                nextSweep = System.nanoTime() + sweepNanos;
            }
            try {
                if (!places.tryAcquire(sweepNanos, TimeUnit.NANOSECONDS)) {
                    continue;                        // every place taken: look for idle ones, then wait again
                }
            } catch (InterruptedException e) {
                return;                              // nobody interrupts this thread but a JVM going down
            }
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (SocketTimeoutException e) {
                places.release();                    // nobody came: time to look for idle clients
                continue;
            } catch (IOException e) {
                places.release();
                if (serverSocket.isClosed()) {
                    return;                          // close() was called: stop accepting
                }
                log.accept("accept failed: " + e.getMessage());
                continue;
            }
            Connection connection = new Connection(socket);
            synchronized (lifecycle) {
                if (closed) {                        // close() came between accept and here
                    closeQuietly(socket);
                    places.release();
                    return;
                }
                clients.put(socket, connection);
            }
            threads.removeIf(thread -> thread.getState() == Thread.State.TERMINATED);   // forget finished handlers
            Runnable handler = () -> {
                try {
                    UpperCaseHandler.serve(socket, log, () -> connection.lastProgress = System.nanoTime());
                } finally {
                    clients.remove(socket);
                    places.release();
                }
            };
            if (virtualThreads != null) {
                virtualThreads.execute(handler);
            } else {
                handlerThreads.newThread(handler).start();
            }
        }
    }

    /** Closes every connection that has moved no byte for the idle limit; its handler then ends. */
    private void closeIdleConnections() {
        long now = System.nanoTime();
        for (Connection connection : clients.values()) {
            if (now - connection.lastProgress > limits.idleTimeout().toNanos()) {
                log.accept("idle for " + limits.idleTimeout().toMillis() + " ms, closing: " + connection.socket.getRemoteSocketAddress());
                closeQuietly(connection.socket);
            }
        }
    }

    /** Stops accepting, disconnects every client and waits until every server thread has ended. */
    @Override
    public void close() {
        List<Socket> connected;
        synchronized (lifecycle) {
            closed = true;
            connected = List.copyOf(clients.keySet());
        }
        closeQuietly(serverSocket);                  // accept() throws: the acceptor ends
        connected.forEach(UpperCaseTcpServer::closeQuietly);   // read() and write() throw: handlers end
        try {
            acceptor.join();                         // after this, no new handler can appear
            if (virtualThreads != null) {
                virtualThreads.close();              // waits for every submitted handler
            }
            for (Thread thread : threads) {
                if (!thread.join(JOIN_LIMIT)) {
                    throw new IllegalStateException(thread.getName() + " did not end within " + JOIN_LIMIT);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();      // keep the interrupt for our caller
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing is all we wanted; a failure to close changes nothing here
        }
    }
}

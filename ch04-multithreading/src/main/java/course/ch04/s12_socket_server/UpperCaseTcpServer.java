package course.ch04.s12_socket_server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * §4.12 socketserver — Python's {@code ThreadingTCPServer}: one thread accepts connections, and
 * every connection is served on a thread of its own by {@link LineProtocol#serve}.
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
 * <p>The rest is what a real server needs and the original leaves out: it listens on
 * 127.0.0.1 only (loopback: no other machine can connect), and {@link #close()} shuts down
 * cleanly — stop accepting, close every client socket (which ends the handlers' blocking
 * reads), then wait until every thread the server started has ended.
 *
 * <p>Started from {@link ThreadingTcpServer} and {@link VirtualThreadTcpServer}, and in
 * process by {@link SocketServerTour} and the tests.
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

    /** Connections the OS may queue before we accept them (many clients connect at once). */
    static final int BACKLOG = 512;
    private static final Duration JOIN_LIMIT = Duration.ofSeconds(10);

    private final ServerSocket serverSocket;
    private final Consumer<String> log;
    private final String threadPrefix;
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();   // every thread started
    private final Set<Socket> clients = new HashSet<>();                  // guarded by itself
    private boolean closed;                                               // guarded by clients
    private final ThreadFactory handlerThreads;
    private final ExecutorService virtualThreads;                        // null for platform threads
    private final Thread acceptor;

    private UpperCaseTcpServer(ServerSocket serverSocket, Handling handling, Consumer<String> log) {
        this.serverSocket = serverSocket;
        this.log = log;
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

    /** Listens on 127.0.0.1:{@code port} (0: any free port) and starts accepting. */
    public static UpperCaseTcpServer start(int port, Handling handling, Consumer<String> log) throws IOException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        ServerSocket serverSocket = new ServerSocket();
        try {
            serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), BACKLOG);
        } catch (IOException e) {
            serverSocket.close();
            throw e;
        }
        UpperCaseTcpServer server = new UpperCaseTcpServer(serverSocket, handling, log);
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
        while (true) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (serverSocket.isClosed()) {
                    return;                          // close() was called: stop accepting
                }
                log.accept("accept failed: " + e.getMessage());
                continue;
            }
            synchronized (clients) {
                if (closed) {                        // close() came between accept and here
                    closeQuietly(socket);
                    return;
                }
                clients.add(socket);
            }
            threads.removeIf(thread -> thread.getState() == Thread.State.TERMINATED);   // forget finished handlers
            Runnable handler = () -> {
                try {
                    LineProtocol.serve(socket, log);
                } finally {
                    synchronized (clients) {
                        clients.remove(socket);
                    }
                }
            };
            if (virtualThreads != null) {
                virtualThreads.execute(handler);
            } else {
                handlerThreads.newThread(handler).start();
            }
        }
    }

    /** Stops accepting, disconnects every client and waits until every server thread has ended. */
    @Override
    public void close() {
        List<Socket> connected;
        synchronized (clients) {
            closed = true;
            connected = List.copyOf(clients);
        }
        closeQuietly(serverSocket);                  // accept() throws: the acceptor ends
        connected.forEach(UpperCaseTcpServer::closeQuietly);   // read() throws: handlers end
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

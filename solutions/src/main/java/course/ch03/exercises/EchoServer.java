package course.ch03.exercises;

import course.ch03.process.JavaProcess;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Reference solution of exercise 3.4 · EchoServer. */
public final class EchoServer implements AutoCloseable {

    /** How long a child gets to end, once after its connection was closed and once after SIGTERM. */
    private static final Duration GRACE = Duration.ofSeconds(1);

    private record Connection(Socket socket, JavaProcess child, Thread server) {
    }

    private final ServerSocket listener;
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean closed;

    private EchoServer(ServerSocket listener) {
        this.listener = listener;
        this.acceptor = Thread.ofPlatform().daemon().name("echo accept").unstarted(this::acceptLoop);
    }

    public static EchoServer start(int port) throws IOException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        ServerSocket listener = new ServerSocket();
        try {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            listener.close();
            throw e;
        }
        EchoServer server = new EchoServer(listener);
        server.acceptor.start();
        return server;
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = listener.accept();
                JavaProcess child = new JavaProcess(EchoWorker.class).setDaemon(true).pipeIO();
                Thread server = Thread.ofPlatform().daemon().unstarted(() -> serve(socket, child));
                connections.add(new Connection(socket, child, server));
                server.start();
            } catch (IOException e) {
                // closed, or one failed accept: the loop condition decides
            }
        }
    }

    private void serve(Socket socket, JavaProcess child) {
        try (socket) {
            synchronized (this) {
                if (closed) {
                    return;
                }
                child.start();
            }
            Thread.ofPlatform().daemon().start(() -> {
                try (OutputStream toChild = child.stdin()) {
                    copy(socket.getInputStream(), toChild);
                } catch (IOException e) {
                    // the client reset, or the child is gone: this direction is over
                }
            });
            copy(child.stdout(), socket.getOutputStream());
        } catch (IOException e) {
            // the client is unreachable, or the child did not start
        } finally {
            stop(child);
            connections.removeIf(c -> c.child() == child);
        }
    }

    private static void copy(InputStream from, OutputStream to) throws IOException {
        byte[] buffer = new byte[1024];
        for (int n; (n = from.read(buffer)) != -1; ) {
            to.write(buffer, 0, n);
            to.flush();
        }
    }

    private static void stop(JavaProcess child) {
        if (!child.isAlive()) {
            return;
        }
        try {
            child.terminate();
            if (!child.join(GRACE)) {
                child.kill();
                child.join();                   // SIGKILL cannot be ignored
            }
        } catch (InterruptedException e) {
            child.kill();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops accepting, ends every connection and its child, and returns when every child has ended.
     * It waits at most 2 seconds for each child, then kills it (SIGKILL): close() returns even when
     * a child hangs, answering neither the end of its input nor SIGTERM.
     */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
        try {
            acceptor.join(GRACE);
            for (Connection c : List.copyOf(connections)) {
                try {
                    c.socket().close();         // ends both copy loops of the connection
                } catch (IOException e) {
                    // already closed
                }
            }
            for (Connection c : List.copyOf(connections)) {
                c.server().join(GRACE);
                stop(c.child());
            }
        } catch (InterruptedException e) {
            connections.stream().map(Connection::child).filter(JavaProcess::isAlive).forEach(JavaProcess::kill);
            Thread.currentThread().interrupt();
        }
    }
}

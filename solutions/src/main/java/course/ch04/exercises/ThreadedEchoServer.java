package course.ch04.exercises;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;

/** Reference solution of exercise 4.12 · ThreadedEchoServer: an acceptor and a thread per client. */
public final class ThreadedEchoServer implements AutoCloseable {

    public static final int MAX_LINE_BYTES = 1024;
    public static final String TOO_LONG = "ERROR line too long";

    private final ServerSocket serverSocket;
    private final ThreadFactory factory;
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final Set<Socket> clients = new HashSet<>();   // guarded by itself
    private boolean closed;                                // guarded by clients
    private final Thread acceptor;

    private ThreadedEchoServer(ServerSocket serverSocket, ThreadFactory factory) {
        this.serverSocket = serverSocket;
        this.factory = factory;
        this.acceptor = newThread(this::acceptLoop);
    }

    public static ThreadedEchoServer start(int port, ThreadFactory threads) throws IOException {
        Objects.requireNonNull(threads, "threads");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        ServerSocket serverSocket = new ServerSocket();
        try {
            serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        } catch (IOException e) {
            serverSocket.close();
            throw e;
        }
        ThreadedEchoServer server = new ThreadedEchoServer(serverSocket, threads);
        server.acceptor.start();
        return server;
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) serverSocket.getLocalSocketAddress();
    }

    private Thread newThread(Runnable body) {
        Thread thread = factory.newThread(body);
        threads.add(thread);
        return thread;
    }

    private void acceptLoop() {
        while (true) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (serverSocket.isClosed()) {
                    return;
                }
                continue;
            }
            synchronized (clients) {
                if (closed) {
                    closeQuietly(socket);
                    return;
                }
                clients.add(socket);
            }
            threads.removeIf(thread -> thread.getState() == Thread.State.TERMINATED);   // forget finished handlers
            newThread(() -> serve(socket)).start();
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
             OutputStream out = socket.getOutputStream()) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    line.write('\n');
                    out.write(line.toByteArray());
                    out.flush();
                    line.reset();
                } else if (line.size() == MAX_LINE_BYTES) {
                    out.write((TOO_LONG + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    return;
                } else {
                    line.write(b);
                }
            }
        } catch (IOException e) {
            // the client reset the connection, or close() closed the socket: this client is done
        } finally {
            synchronized (clients) {
                clients.remove(socket);
            }
        }
    }

    @Override
    public void close() {
        List<Socket> connected;
        synchronized (clients) {
            closed = true;
            connected = List.copyOf(clients);
        }
        closeQuietly(serverSocket);
        connected.forEach(ThreadedEchoServer::closeQuietly);
        try {
            acceptor.join();               // no new thread can be created after this
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // nothing more to do
        }
    }
}

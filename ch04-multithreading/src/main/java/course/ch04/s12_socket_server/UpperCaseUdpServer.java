package course.ch04.s12_socket_server;

import course.kit.PythonBytes;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * §4.12 socketserver — Python's {@code ThreadingUDPServer}: every datagram is answered on a
 * thread of its own with its bytes upper-cased, as the original's {@code sock.sendto(data.upper(),
 * self.client_address)}.
 *
 * <p>UDP has no connections: one socket receives the datagrams of every client, and each
 * {@link DatagramPacket} carries the address to answer. One thread receives; each datagram is
 * handed to an executor that starts a virtual thread per task. A datagram is a message of its
 * own, so no framing is needed, and the reply is {@link PythonBytes#upper bytes.upper()} of
 * exactly what arrived. Like Python's {@code socketserver}, which reads with
 * {@code recvfrom(8192)} ({@code UDPServer.max_packet_size}), it reads at most
 * {@value #MAX_PACKET_BYTES} bytes of a datagram: the operating system drops the rest, so a
 * longer datagram is answered with its first {@value #MAX_PACKET_BYTES} bytes, upper-cased.
 * Memory stays bounded: a receive buffer of that size, and one copy per datagram being answered.
 */
public final class UpperCaseUdpServer implements AutoCloseable {

    /** Python's {@code socketserver.UDPServer.max_packet_size}: the most of a datagram that is read. */
    public static final int MAX_PACKET_BYTES = 8192;
    private static final Duration JOIN_LIMIT = Duration.ofSeconds(10);

    private final DatagramSocket socket;
    private final Consumer<String> log;
    private final String threadPrefix;
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final ExecutorService handlers;
    private final Thread receiver;

    private UpperCaseUdpServer(DatagramSocket socket, Consumer<String> log) {
        this.socket = socket;
        this.log = log;
        this.threadPrefix = "udp-" + socket.getLocalPort() + "-";
        AtomicInteger datagrams = new AtomicInteger();
        this.handlers = Executors.newThreadPerTaskExecutor(runnable -> {
            Thread thread = Thread.ofVirtual().name(threadPrefix + "datagram-" + datagrams.incrementAndGet()).unstarted(runnable);
            threads.add(thread);
            return thread;
        });
        this.receiver = Thread.ofPlatform().name(threadPrefix + "receiver").unstarted(this::receiveLoop);
        threads.add(receiver);
    }

    /** Listens on 127.0.0.1:{@code port} (0: any free port) and starts answering. */
    public static UpperCaseUdpServer start(int port, Consumer<String> log) throws IOException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        UpperCaseUdpServer server = new UpperCaseUdpServer(
                new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)), log);
        server.receiver.start();
        return server;
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** The address the server listens on: always a loopback address. */
    public InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    public String threadPrefix() {
        return threadPrefix;
    }

    public int liveThreads() {
        return (int) threads.stream().filter(Thread::isAlive).count();
    }

    private void receiveLoop() {
        byte[] buffer = new byte[MAX_PACKET_BYTES];
        while (true) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;                                   // close() was called
                }
                log.accept("receive failed: " + e.getMessage());
                continue;
            }
            // Copy: the buffer is reused for the next datagram while this one is answered.
            byte[] message = Arrays.copyOf(packet.getData(), packet.getLength());
            SocketAddress client = packet.getSocketAddress();
            log.accept("datagram of " + message.length + " bytes from " + client);
            threads.removeIf(thread -> thread.getState() == Thread.State.TERMINATED);
            handlers.execute(() -> answer(message, client));
        }
    }

    private void answer(byte[] message, SocketAddress client) {
        byte[] bytes = PythonBytes.upper(message);
        try {
            socket.send(new DatagramPacket(bytes, bytes.length, client));   // send() is thread-safe
        } catch (IOException e) {
            if (!socket.isClosed()) {
                log.accept("cannot answer " + client + ": " + e.getMessage());
            }
        }
    }

    /** Stops receiving and waits until every thread of the server has ended. */
    @Override
    public void close() {
        socket.close();                  // receive() throws: the receiver ends
        try {
            receiver.join();
            handlers.close();            // waits for the answers still being sent
            for (Thread thread : threads) {
                if (!thread.join(JOIN_LIMIT)) {
                    throw new IllegalStateException(thread.getName() + " did not end within " + JOIN_LIMIT);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

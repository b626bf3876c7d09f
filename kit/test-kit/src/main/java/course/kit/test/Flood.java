package course.kit.test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flood for the servers that send back what they get, upper-cased (§3.4 and §4.12): megabytes
 * of {@code x} without a newline, written from a virtual thread while the test thread reads the
 * echo, so that neither side's socket buffer fills and stops the other.
 */
public final class Flood {

    /** What the test does while the flood is on (after its first bytes came back). */
    @FunctionalInterface
    public interface During {
        void run() throws Exception;
    }

    private Flood() {
    }

    /**
     * Sends {@code bytes} bytes of {@code x} on {@code socket} and reads as many back, calling
     * {@code during} once after the first read; asserts that every byte came back as {@code X}
     * and that the writer ended within {@code timeout} of the last byte read.
     */
    public static void upperCaseEcho(Socket socket, long bytes, Duration timeout, During during) throws Exception {
        try (ExecutorService writer = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> writing = writer.submit(() -> {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) 'x');
                OutputStream out = socket.getOutputStream();
                for (long sent = 0; sent < bytes; sent += chunk.length) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, bytes - sent));
                }
                return null;
            });
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long received = 0;
            boolean allX = true;
            while (received < bytes) {
                int n = in.read(buffer);
                assertThat(n).as("bytes read after %d", received).isPositive();
                for (int i = 0; i < n; i++) {
                    allX &= buffer[i] == 'X';
                }
                received += n;
                if (received == n) {
                    during.run();
                }
            }
            writing.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(received).isEqualTo(bytes);
            assertThat(allX).as("every byte came back as X").isTrue();
        }
    }
}

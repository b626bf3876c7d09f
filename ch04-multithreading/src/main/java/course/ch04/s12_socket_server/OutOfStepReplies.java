package course.ch04.s12_socket_server;

import course.kit.Usage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * §4.12 socketserver — why the original's client needs framing: with one {@code recv(1024)} per
 * message, its replies fall out of step once a message is longer than 1024 bytes.
 *
 * <p><b>The Python original</b>'s client sends a message and reads the reply with one
 * {@code recv(1024)}. TCP is a stream: it keeps no message boundaries, and {@code recv(1024)}
 * returns whatever has arrived, at most 1024 bytes. So the reply to a 1500-byte message comes
 * back in two parts, and the second part is read as the reply to the <em>next</em> message. A
 * message of 1025 bytes that ends in "é" (two bytes in UTF-8) is cut between the two bytes of the
 * "é": Python's {@code data.decode('utf-8')} then raises {@code UnicodeDecodeError}.
 *
 * <p><b>The fix</b> is to frame each message so that the reader knows where it ends. This server's
 * replies are as long as the messages ({@code bytes.upper()} keeps the length), so the course's
 * clients read exactly as many bytes as they sent ({@link ByteClient}); a protocol whose replies
 * have any length needs an end mark (a newline, as the {@code ThreadedEchoServer} exercise uses)
 * or a length sent first.
 *
 * <p>Both clients talk to the same {@link UpperCaseTcpServer} on a free port. The "recv(1024)"
 * client waits until the whole reply has arrived before it reads, the best case for it; on a busy
 * network a {@code recv} may return even less.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.12}
 *
 * <p><b>Expected</b> (every line, every run):
 * <pre>
 * One recv(1024) per message, as the original's client:
 *   sent 1500 bytes aaa…aaaaaa, got 1024 bytes AAA…AAAAAA
 *   sent 5 bytes hello, got 481 bytes AAA…AHELLO: the rest of the last reply first
 *   sent 5 bytes world, got 5 bytes WORLD
 *   sent 1025 bytes aaa…aaaaaé, got 1024 bytes: not UTF-8, a character cut in two (Python: UnicodeDecodeError)
 * As many bytes as were sent, as the course's clients:
 *   sent 1500 bytes aaa…aaaaaa, got 1500 bytes AAA…AAAAAA
 *   sent 5 bytes hello, got 5 bytes HELLO
 *   sent 5 bytes world, got 5 bytes WORLD
 *   sent 1025 bytes aaa…aaaaaé, got 1025 bytes AAA…AAAAAé
 * </pre>
 */
public final class OutOfStepReplies {

    static final List<String> MESSAGES = List.of("a".repeat(1500), "hello", "world", "a".repeat(1023) + "é");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private OutOfStepReplies() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Usage.noArguments(args, OutOfStepReplies.class);
        try (UpperCaseTcpServer server = UpperCaseTcpServer.start(0, UpperCaseTcpServer.Handling.VIRTUAL_THREAD_EXECUTOR, line -> { })) {
            System.out.println("One recv(1024) per message, as the original's client:");
            try (ByteClient client = ByteClient.connect(server.port(), TIMEOUT)) {
                long owed = 0;                          // reply bytes the server has sent and we have not read
                for (String message : MESSAGES) {
                    byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
                    client.send(bytes);
                    owed += bytes.length;
                    awaitArrived(client.socket().getInputStream(), owed);
                    byte[] reply = client.recv(1024);   // data = client.recv(1024)
                    owed -= reply.length;
                    System.out.println("  sent " + bytes.length + " bytes " + shown(message) + ", got " + describe(reply)
                            + (reply.length > bytes.length ? ": the rest of the last reply first" : ""));
                }
            }
            System.out.println("As many bytes as were sent, as the course's clients:");
            try (ByteClient client = ByteClient.connect(server.port(), TIMEOUT)) {
                for (String message : MESSAGES) {
                    byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
                    client.send(bytes);
                    byte[] reply = client.receive(bytes.length);
                    System.out.println("  sent " + bytes.length + " bytes " + shown(message) + ", got " + describe(reply));
                }
            }
        }
    }

    /** Waits until {@code bytes} bytes can be read without blocking: the whole reply is here. */
    private static void awaitArrived(InputStream in, long bytes) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (in.available() < bytes) {
            if (System.nanoTime() - deadline > 0) {
                throw new IOException("the reply did not arrive within " + TIMEOUT);
            }
            Thread.sleep(1);
        }
    }

    /** "1024 bytes AAA…AAAAAA", or what Python's decode('utf-8') would make of bytes that are not UTF-8. */
    private static String describe(byte[] reply) {
        try {
            // A strict decoder, like Python's: new String(bytes, UTF_8) would quietly put U+FFFD in.
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(reply)).toString();
            return reply.length + " bytes " + shown(text);
        } catch (CharacterCodingException e) {
            return reply.length + " bytes: not UTF-8, a character cut in two (Python: UnicodeDecodeError)";
        }
    }

    /** A long text as its first three and last six characters. */
    private static String shown(String text) {
        return text.length() <= 12 ? text : text.substring(0, 3) + "…" + text.substring(text.length() - 6);
    }
}

package course.ch03.s04_socket_server;

import course.kit.test.OriginalPrograms;
import static course.kit.test.OriginalPrograms.TIMEOUT;
import static course.kit.test.OriginalPrograms.decode;
import static course.kit.test.OriginalPrograms.recv;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The original §3.4 programs, for the interop tests: Java re-creations of what each one does on
 * the wire, and the real ones ({@code docs/original/s3_4_*.py}) run with {@code python3}.
 *
 * <p>The re-creations follow the Python line by line: the client strips each typed line, skips
 * an empty one ({@code continue}), sends the text without a newline and reads the reply with one
 * {@code recv(1024)}. The server's re-creation is the kit's {@link OriginalPrograms.UpperCaseServer},
 * which §4.12 shares.
 *
 */
final class Originals {

    private Originals() {
    }

    // ---- the client and the server, re-created --------------------------------------------------

    /**
     * What the original client prints for these typed lines (prompts included, as input() writes
     * them) up to the end of the input, where the original raises EOFError.
     */
    static String client(int port, String typed) throws IOException {
        StringBuilder printed = new StringBuilder();
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
            client.setSoTimeout((int) TIMEOUT.toMillis());
            for (String line : typed.lines().toList()) {
                printed.append(">>: ");
                String msg = line.strip();                       // msg = input('>>: ').strip()
                if (msg.isEmpty()) {
                    continue;                                    // if not msg: continue
                }
                client.getOutputStream().write(msg.getBytes(StandardCharsets.UTF_8));   // client.send(msg.encode('utf-8'))
                printed.append(decode(recv(client.getInputStream(), 1024))).append('\n');   // print(client.recv(1024).decode('utf-8'))
            }
            return printed.append(">>: ").toString();           // then input() raises EOFError
        }
    }

    /** True when the real original programs can run here: python3 on PATH, and docs/original/ present. */
    static boolean canRunOriginals() {
        return OriginalPrograms.canRun("s3_4_client.py");
    }
}

package course.ch03.s12_queues;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * §3.12 child program: reads lines from stdin until end of stream, printing each as
 * {@code got <line> (pid N)}, then {@code end of stream after K items}.
 */
public final class Receiver {

    public static void main(String[] args) throws IOException {
        long pid = ProcessHandle.current().pid();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int items = 0;
        String line;
        while ((line = in.readLine()) != null) {           // a blocking "get"; null = the writer is gone
            System.out.println("got " + line + " (pid " + pid + ")");
            items++;
        }
        System.out.println("end of stream after " + items + " items");
    }
}

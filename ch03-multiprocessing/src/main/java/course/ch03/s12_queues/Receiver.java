package course.ch03.s12_queues;

import course.kit.LineReader;
import course.kit.Usage;

import java.io.IOException;

/**
 * §3.12 child program: reads lines from stdin until end of stream, printing each as
 * {@code got <line> (pid N)}, then {@code end of stream after K items}.
 *
 * <p>It takes no arguments. A line of more than {@value #MAX_LINE_CHARS} characters is no item: one
 * line on stderr and exit code 1 (the reader never holds more than that much of a line).
 */
public final class Receiver {

    /** The longest item, in characters. */
    public static final int MAX_LINE_CHARS = 65_536;

    public static void main(String[] args) throws IOException {
        Usage.noArguments(args, Receiver.class);
        long pid = ProcessHandle.current().pid();
        LineReader in = new LineReader(System.in, MAX_LINE_CHARS);
        int items = 0;
        LineReader.Line line;
        while ((line = in.next()) != null) {               // a blocking "get"; null = the writer is gone
            if (line.cut()) {
                System.err.println("Receiver: item " + (items + 1) + " is longer than " + MAX_LINE_CHARS
                        + " characters; stopping");
                System.exit(1);
            }
            System.out.println("got " + line.text() + " (pid " + pid + ")");
            items++;
        }
        System.out.println("end of stream after " + items + " items");
    }
}

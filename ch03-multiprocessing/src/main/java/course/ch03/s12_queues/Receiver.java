package course.ch03.s12_queues;

import course.ch03.LineInput;
import course.ch03.Usage;

import java.io.IOException;

/**
 * §3.12 child program: reads lines from stdin until end of stream, printing each as
 * {@code got <line> (pid N)}, then {@code end of stream after K items}.
 *
 * <p>It takes no arguments. A line of more than {@value #MAX_LINE_BYTES} bytes is no item: one
 * line on stderr and exit code 1 (the reader never holds more than that much of a line).
 */
public final class Receiver {

    /** The longest item, in bytes. */
    public static final int MAX_LINE_BYTES = 65_536;

    public static void main(String[] args) throws IOException {
        Usage.noArguments(args, Receiver.class);
        long pid = ProcessHandle.current().pid();
        LineInput in = new LineInput(System.in, MAX_LINE_BYTES);
        int items = 0;
        String line;
        try {
            while ((line = in.readLine()) != null) {       // a blocking "get"; null = the writer is gone
                System.out.println("got " + line + " (pid " + pid + ")");
                items++;
            }
        } catch (LineInput.TooLongException e) {
            System.err.println("Receiver: item " + (items + 1) + " is a " + e.getMessage() + "; stopping");
            System.exit(1);
        }
        System.out.println("end of stream after " + items + " items");
    }
}

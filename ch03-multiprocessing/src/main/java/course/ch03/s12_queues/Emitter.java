package course.ch03.s12_queues;

import course.kit.Pace;
import course.kit.Usage;

/**
 * §3.12 child program: prints the numbers 1..N, one per line, with a pause before each, then
 * ends — and with it its stdout, which the reader sees as end of stream.
 *
 * <p>{@code java ... Emitter <count> <pause millis>}; other arguments get a usage line and exit code 2.
 */
public final class Emitter {

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2 || !args[0].matches("\\d{1,6}") || !args[1].matches("\\d{1,6}")) {
            Usage.exit("usage: Emitter <count 0..999999> <pause millis 0..999999>");
            return;
        }
        int count = Integer.parseInt(args[0]);
        long pause = Long.parseLong(args[1]);
        for (int i = 1; i <= count; i++) {
            Pace.sleepMillis(pause);
            System.out.println(i);                         // a "put" on the pipe
            System.out.flush();                            // send it now, not when a buffer fills
        }
    }
}

package course.ch03.s12_queues;

import course.ch03.Pace;

/**
 * §3.12 child program: prints the numbers 1..N, one per line, with a pause before each, then
 * ends — and with it its stdout, which the reader sees as end of stream.
 *
 * <p>{@code java ... Emitter <count> <pause millis>}
 */
public final class Emitter {

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2 || !args[0].matches("\\d{1,6}") || !args[1].matches("\\d{1,6}")) {
            System.err.println("usage: Emitter <count> <pause millis>");
            System.exit(2);
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

package course.ch03.s13_producer_consumer;

import course.kit.Pace;
import course.kit.Usage;

import java.util.concurrent.ThreadLocalRandom;

/**
 * §3.13 child program: makes N buns, each after a random 1–3 s pause, and puts each on stdout
 * (the pipe to the consumer) as {@code bun <i>}, saying {@code producer made bun <i>} on stderr first.
 * When it ends, the pipe's write end closes: that is the consumer's stop signal.
 *
 * <p>{@code java ... BunProducer <count>}; other arguments get a usage line and exit code 2.
 */
public final class BunProducer {

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1 || !args[0].matches("\\d{1,4}")) {
            Usage.exit("usage: BunProducer <count 0..9999>");
            return;
        }
        int count = Integer.parseInt(args[0]);
        for (int i = 0; i < count; i++) {
            Pace.sleepMillis(ThreadLocalRandom.current().nextLong(1_000, 3_001));
            System.err.println("producer made bun " + i);  // say so (stderr: not part of the pipe) ...
            System.out.println("bun " + i);                // ... and put it in the pipe
            System.out.flush();
        }
        // No sentinel: ending the process closes stdout, and the consumer reads end of stream.
    }
}

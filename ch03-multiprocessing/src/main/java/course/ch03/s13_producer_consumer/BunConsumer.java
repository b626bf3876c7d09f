package course.ch03.s13_producer_consumer;

import course.ch03.LineInput;
import course.ch03.Pace;
import course.ch03.Usage;

import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * §3.13 child program: takes buns from stdin until end of stream, eating each for a random
 * 1–3 s and saying {@code consumer ate bun <i>}; at the end, {@code consumer: end of stream, N buns eaten}.
 *
 * <p>It takes no arguments. Blank lines are skipped; any other line that is not a bun
 * ({@code bun <number>}, as {@link BunProducer} writes them) is refused with one line on stderr
 * and exit code 1 — before it is eaten, so garbage costs no pause.
 */
public final class BunConsumer {

    private static final int MAX_LINE_BYTES = 64;

    public static void main(String[] args) throws IOException, InterruptedException {
        Usage.noArguments(args, BunConsumer.class);
        LineInput pipe = new LineInput(System.in, MAX_LINE_BYTES);
        int eaten = 0;
        String bun;
        try {
            while ((bun = pipe.readLine()) != null) {      // null: the producer is gone, nothing more will come
                if (bun.isBlank()) {
                    continue;
                }
                if (!bun.matches("bun \\d{1,9}")) {
                    String shown = bun.length() > 20 ? bun.substring(0, 20) + "…" : bun;
                    refuse("'" + shown.replaceAll("\\p{Cntrl}", "?") + "' is not a bun");
                }
                Pace.sleepMillis(ThreadLocalRandom.current().nextLong(1_000, 3_001));
                System.out.println("consumer ate " + bun);
                System.out.flush();
                eaten++;
            }
        } catch (LineInput.TooLongException e) {
            refuse("a " + e.getMessage() + " is not a bun");
        }
        System.out.println("consumer: end of stream, " + eaten + " buns eaten");
    }

    private static void refuse(String why) {
        System.err.println("consumer: " + why + "; stopping");
        System.exit(1);
    }
}

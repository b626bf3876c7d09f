package course.ch03.s13_producer_consumer;

import course.kit.LineReader;
import course.kit.Pace;
import course.kit.Usage;

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

    private static final int MAX_LINE_CHARS = 64;

    public static void main(String[] args) throws IOException, InterruptedException {
        Usage.noArguments(args, BunConsumer.class);
        LineReader pipe = new LineReader(System.in, MAX_LINE_CHARS);
        int eaten = 0;
        LineReader.Line line;
        while ((line = pipe.next()) != null) {             // null: the producer is gone, nothing more will come
            if (line.cut()) {
                refuse("a line longer than " + MAX_LINE_CHARS + " characters is not a bun");
            }
            String bun = line.text();
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
        System.out.println("consumer: end of stream, " + eaten + " buns eaten");
    }

    private static void refuse(String why) {
        System.err.println("consumer: " + why + "; stopping");
        System.exit(1);
    }
}

package course.ch03.s13_producer_consumer;

import course.ch03.Pace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * §3.13 child program: takes buns from stdin until end of stream, eating each for a random
 * 1–3 s and saying {@code consumer ate bun <i>}; at the end, {@code consumer: end of stream, N buns eaten}.
 */
public final class BunConsumer {

    public static void main(String[] args) throws IOException, InterruptedException {
        BufferedReader pipe = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int eaten = 0;
        String bun;
        while ((bun = pipe.readLine()) != null) {          // null: the producer is gone, nothing more will come
            Pace.sleepMillis(ThreadLocalRandom.current().nextLong(1_000, 3_001));
            System.out.println("consumer ate " + bun);
            System.out.flush();
            eaten++;
        }
        System.out.println("consumer: end of stream, " + eaten + " buns eaten");
    }
}

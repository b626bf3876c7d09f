package course.ch03.s13_producer_consumer;

import course.kit.Pace;
import course.kit.Usage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * §3.13 Producer-consumer (生产者消费者模型) — in one process: a blocking queue and poison pills.
 *
 * <p><b>The Python original</b> stops its consumer by putting {@code None} on the queue: a
 * "poison pill". With several consumers, each needs its own pill.
 *
 * <p><b>In Java</b> this demo uses threads instead of processes and an {@link ArrayBlockingQueue} of 4
 * as the buffer: two producers make five buns each, three consumers eat. When both producers are
 * done, main puts one {@link #POISON} per consumer; each consumer stops at the first pill it
 * takes. The pill is one particular object, compared with {@code ==}: no real bun can equal it.
 * Main joins every thread before its last line.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.13}
 *
 * <p><b>Expected</b> (one run; who makes and eats what, and in which order, varies; the last two lines
 * do not):
 * <pre>
 * producer-2 made bun 2.0
 * producer-1 made bun 1.0
 * consumer-1 ate bun 2.0
 * producer-2 made bun 2.1
 * consumer-2 ate bun 1.0
 * consumer-3 ate bun 2.1
 * producer-1 made bun 1.1
 * producer-1 made bun 1.2
 * producer-2 made bun 2.2
 * consumer-1 ate bun 1.1
 * consumer-2 ate bun 1.2
 * producer-1 made bun 1.3
 * consumer-3 ate bun 2.2
 * consumer-1 ate bun 1.3
 * producer-2 made bun 2.3
 * producer-1 made bun 1.4
 * consumer-3 ate bun 1.4
 * producer-2 made bun 2.4
 * consumer-3 swallowed a poison pill and stops
 * consumer-2 ate bun 2.3
 * consumer-2 swallowed a poison pill and stops
 * consumer-1 ate bun 2.4
 * consumer-1 swallowed a poison pill and stops
 * 10 buns made, 10 eaten, each exactly once: true
 * main: every producer and consumer has finished
 * </pre>
 */
public final class PoisonPills {

    record Bun(int producer, int number) {
        @Override
        public String toString() {
            return "bun " + producer + "." + number;
        }
    }

    /** The pill. Only this instance stops a consumer. */
    static final Bun POISON = new Bun(0, -1);

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, PoisonPills.class);
        Map<String, List<Bun>> eaten = run(2, 3, 5);
        int total = eaten.values().stream().mapToInt(List::size).sum();
        long distinct = eaten.values().stream().flatMap(List::stream).distinct().count();
        System.out.printf("%d buns made, %d eaten, each exactly once: %b%n", 2 * 5, total, total == 10 && distinct == 10);
        System.out.println("main: every producer and consumer has finished");
    }

    /** Runs the model and returns what each consumer ate, by consumer name. */
    static Map<String, List<Bun>> run(int producers, int consumers, int bunsEach) throws InterruptedException {
        BlockingQueue<Bun> queue = new ArrayBlockingQueue<>(4);
        Map<String, List<Bun>> eaten = new ConcurrentHashMap<>();

        List<Thread> consumerThreads = new ArrayList<>();
        for (int c = 1; c <= consumers; c++) {
            String name = "consumer-" + c;
            List<Bun> mine = new ArrayList<>();
            eaten.put(name, mine);
            consumerThreads.add(Thread.ofPlatform().name(name).start(() -> consume(queue, name, mine)));
        }
        List<Thread> producerThreads = new ArrayList<>();
        for (int p = 1; p <= producers; p++) {
            int producer = p;
            producerThreads.add(Thread.ofPlatform().name("producer-" + p).start(() -> produce(queue, producer, bunsEach)));
        }

        for (Thread producer : producerThreads) {
            producer.join();
        }
        for (int c = 0; c < consumers; c++) {
            queue.put(POISON);                             // one pill per consumer, after the last bun
        }
        for (Thread consumer : consumerThreads) {
            consumer.join();                               // join() also makes each consumer's list visible here
        }
        return new TreeMap<>(eaten);
    }

    private static void produce(BlockingQueue<Bun> queue, int producer, int count) {
        try {
            for (int i = 0; i < count; i++) {
                Pace.sleepMillis(ThreadLocalRandom.current().nextLong(100, 301));
                Bun bun = new Bun(producer, i);
                System.out.println(Thread.currentThread().getName() + " made " + bun);
                queue.put(bun);                            // blocks while the buffer is full
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void consume(BlockingQueue<Bun> queue, String name, List<Bun> mine) {
        try {
            while (true) {
                Bun bun = queue.take();                    // blocks while the buffer is empty
                if (bun == POISON) {
                    System.out.println(name + " swallowed a poison pill and stops");
                    return;
                }
                Pace.sleepMillis(ThreadLocalRandom.current().nextLong(100, 301));
                mine.add(bun);
                System.out.println(name + " ate " + bun);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package course.ch03.s13_producer_consumer;

import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§3.13 Producer-consumer (生产者消费者模型) demos")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ProducerConsumerDemosTest {

    @Test
    @DisplayName("PipeProducerConsumer: buns are eaten in order, end of stream stops the consumer, main's line is last")
    void pipeDemo() throws Throwable {
        List<String> lines = DemoRunner.run(PipeProducerConsumer.class, "").lines();
        List<String> expected = DemoHeader.of(PipeProducerConsumer.class).expected();
        // The header's lines; the two children's interleave differently, each child's keep their order.
        assertThat(lines).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(lines.stream().filter(l -> l.startsWith("producer ")))
                .hasSize(3).containsExactlyElementsOf(expected.stream().filter(l -> l.startsWith("producer ")).toList());
        assertThat(lines.stream().filter(l -> l.startsWith("consumer")))
                .hasSize(4).containsExactlyElementsOf(expected.stream().filter(l -> l.startsWith("consumer")).toList());
        // The original's mistake, fixed: the main line comes after the consumer's last line.
        assertThat(lines.getLast()).isEqualTo(expected.getLast()).startsWith("main: ");
    }

    @Test
    @DisplayName("PoisonPills: ten buns eaten once each, one pill per consumer, main's lines last")
    void poisonPillDemo() throws Throwable {
        List<String> lines = DemoRunner.run(PoisonPills.class, "").lines();
        assertThat(lines).hasSize(10 + 10 + 3 + 2);
        assertThat(lines.subList(23, 25)).containsExactly(
                "10 buns made, 10 eaten, each exactly once: true",
                "main: every producer and consumer has finished");
        assertThat(lines.stream().filter(l -> l.endsWith("swallowed a poison pill and stops")))
                .containsExactlyInAnyOrder("consumer-1 swallowed a poison pill and stops",
                        "consumer-2 swallowed a poison pill and stops", "consumer-3 swallowed a poison pill and stops");
        assertThat(lines.stream().filter(l -> l.contains(" ate bun ")).map(l -> l.replaceAll("^consumer-\\d ate ", "")))
                .containsExactlyInAnyOrderElementsOf(allBuns(2, 5));
        for (String bun : allBuns(2, 5)) {
            int made = lines.indexOf(bun.replace("bun ", "producer-" + bun.charAt(4) + " made bun "));
            assertThat(made).as("%s made before it is eaten", bun).isNotNegative()
                    .isLessThan(indexOfEaten(lines, bun));
        }
    }

    @RepeatedTest(3)
    @DisplayName("with several producers and consumers every item is consumed exactly once and the pills are not")
    void everyItemExactlyOnce() throws InterruptedException {
        Map<String, List<PoisonPills.Bun>> eaten = PoisonPills.run(3, 4, 20);
        assertThat(eaten).containsOnlyKeys("consumer-1", "consumer-2", "consumer-3", "consumer-4");
        List<PoisonPills.Bun> all = new ArrayList<>();
        eaten.values().forEach(all::addAll);
        assertThat(all).doesNotContain(PoisonPills.POISON)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 3).boxed()
                        .flatMap(p -> IntStream.range(0, 20).mapToObj(i -> new PoisonPills.Bun(p, i))).toList());
    }

    private static List<String> allBuns(int producers, int each) {
        return IntStream.rangeClosed(1, producers).boxed()
                .flatMap(p -> IntStream.range(0, each).mapToObj(i -> "bun " + p + "." + i)).toList();
    }

    private static int indexOfEaten(List<String> lines, String bun) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("consumer-\\d ate " + bun.replace(".", "\\."))) {
                return i;
            }
        }
        return -1;
    }
}

package course.ch04.s10_queues;

import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.PriorityBlockingQueue;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§4.10 Thread queues (线程queue) demo")
class QueuesDemosTest {

    @Test
    @DisplayName("FIFO gives 1 2 3, LIFO 3 2 1, priority (-2,'c') (5,'b') (10,'a'); timed offer/poll give up")
    void orders() throws Throwable {
        assertThat(DemoRunner.run(QueueOrders.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(QueueOrders.class).expected());
    }

    @Test
    @DisplayName("Job compares like a Python tuple: by priority, then by value")
    void jobOrder() throws Exception {
        var queue = new PriorityBlockingQueue<QueueOrders.Job>();
        queue.put(new QueueOrders.Job(5, "b"));
        queue.put(new QueueOrders.Job(5, "a"));
        queue.put(new QueueOrders.Job(-1, "z"));
        List<QueueOrders.Job> out = new ArrayList<>();
        queue.drainTo(out);
        assertThat(out).extracting(QueueOrders.Job::toString).containsExactly("(-1, 'z')", "(5, 'a')", "(5, 'b')");
    }
}

package course.ch03.s12_queues;

import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§3.12 Queues (队列(推荐使用)) demos")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class QueuesDemosTest {

    @Test
    @DisplayName("BoundedQueue: a queue of 3 is full after three puts, refuses a fourth, and gives back '1', '2', '3'")
    void blockingQueueDemo() throws Throwable {
        assertThat(DemoRunner.run(BoundedQueue.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(BoundedQueue.class).expected());
    }

    @Test
    @DisplayName("PipeAsQueue: the second child JVM gets 1, 2, 3 in order through the pipe, then end of stream")
    void pipelineDemo() throws Throwable {
        List<String> lines = DemoRunner.run(PipeAsQueue.class, "").lines();
        Matcher header = Pattern.compile("pipeline: Emitter \\(pid (\\d+)\\) \\| Receiver \\(pid (\\d+)\\)").matcher(lines.get(0));
        assertThat(header.matches()).as(lines.get(0)).isTrue();
        String receiver = header.group(2);
        assertThat(lines.subList(1, lines.size())).containsExactly(
                "got 1 (pid " + receiver + ")",
                "got 2 (pid " + receiver + ")",
                "got 3 (pid " + receiver + ")",
                "end of stream after 3 items",
                "exit codes: [0, 0]");
    }

    @Test
    @DisplayName("FullPipeBlocks: the writer is stuck with part of its megabyte written until the parent reads, then finishes")
    void fullPipeDemo() throws Throwable {
        List<String> lines = DemoRunner.run(FullPipeBlocks.class, "").lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("the writer must write 1048576 bytes; nobody reads its stdout yet");
        // 1 MiB cannot fit in a pipe: while nobody reads, the writer cannot have finished.
        Matcher blocked = Pattern.compile("1 s later: still running = true, written so far (\\d+) of 1048576 bytes: "
                + "blocked on the full pipe").matcher(lines.get(1));
        assertThat(blocked.matches()).as(lines.get(1)).isTrue();
        assertThat(Long.parseLong(blocked.group(1))).isBetween(1L, 1048575L);
        assertThat(lines.get(2)).isEqualTo("the parent reads: 1048576 bytes; the writer finished with exit code 0");
    }
}

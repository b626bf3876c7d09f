package course.ch04.s03_start;

import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§4.3 Two ways to start a thread (开线程的两种方式) demos")
class StartDemosTest {

    @Test
    @DisplayName("WithRunnable: the task runs in its own thread, and main goes on only after join")
    void withRunnable() throws Throwable {
        var lines = DemoRunner.run(WithRunnable.class, "").lines();
        assertThat(lines).hasSize(7);
        // main's "started" line races the task: only the orders that join() guarantees are checked.
        String started = lines.stream().filter(l -> l.matches("main: started Thread-\\d+")).findFirst().orElseThrow();
        String finished = lines.stream().filter(l -> l.matches("main: Thread-\\d+ has finished")).findFirst().orElseThrow();
        assertThat(lines.subList(0, 4)).containsSubsequence("egon is running", "egon is done", finished)
                .containsSubsequence(started, finished);
        assertThat(lines.subList(4, 7)).containsExactly("alex is running", "alex is done", "main: the Runnable object ran too");
    }

    @Test
    @DisplayName("WithSubclass: start() runs run() in the new thread, calling run() directly runs it in the caller")
    void withSubclass() throws Throwable {
        // The header shows a run from the launcher, whose thread is "main"; here the caller is the
        // test's thread, and the direct run() must name that one.
        String caller = Thread.currentThread().getName();
        List<String> expected = DemoHeader.of(WithSubclass.class).expected().stream()
                .map(line -> line.replace("runs in thread main", "runs in thread " + caller))
                .toList();
        assertThat(DemoRunner.run(WithSubclass.class, "").lines()).containsExactlyElementsOf(expected)
                .last().asString().endsWith("runs in thread " + caller);
    }

    @Test
    @DisplayName("WithBuilders: platform threads are user threads unless asked, virtual threads are always daemons")
    void withBuilders() throws Throwable {
        assertThat(DemoRunner.run(WithBuilders.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(WithBuilders.class).expected());
    }
}

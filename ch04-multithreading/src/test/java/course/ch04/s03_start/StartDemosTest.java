package course.ch04.s03_start;

import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
        assertThat(DemoRunner.run(WithSubclass.class, "").lines()).containsExactly(
                "egon runs in thread egon",
                "main: egon has finished",
                "run() called directly runs in thread " + Thread.currentThread().getName());
    }

    @Test
    @DisplayName("WithBuilders: platform threads are user threads unless asked, virtual threads are always daemons")
    void withBuilders() throws Throwable {
        assertThat(DemoRunner.run(WithBuilders.class, "").lines()).containsExactly(
                "worker-0: virtual=false daemon=false",
                "worker-1: virtual=false daemon=true",
                "virtual-0: virtual=true daemon=true",
                "pool-task: virtual=true daemon=true");
    }
}

package course.ch04.s11_event;

import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import course.kit.Pace;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§4.11 Event demos")
class EventDemosTest {

    @Test
    @DisplayName("EventBasics shows set, clear, timed waits and the one-shot latch")
    void basics() throws Throwable {
        assertThat(DemoRunner.run(EventBasics.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(EventBasics.class).expected());
    }

    private static List<String> linesOf(List<String> lines, String worker) {
        return lines.stream().filter(l -> l.startsWith("<" + worker + ">")).toList();
    }

    @RepeatedTest(2)
    @DisplayName("timeout: both workers try 3 times and fail with TimeoutException; the checker is too late")
    void timeout() throws Throwable {
        // Certain at any speed: the checker sets the event only after both workers gave up.
        List<String> lines = DemoRunner.run(ConnectToMysql.class, "", "timeout").lines();
        List<String> expected = DemoHeader.of(ConnectToMysql.class).expected();
        assertThat(expected).as("the header's Expected block (timeout)").hasSize(10);
        // The three threads interleave differently in every run, but the lines are the same ones,
        assertThat(lines).containsExactlyInAnyOrderElementsOf(expected);
        // each worker's come in the same order (attempts 1, 2, 3),
        for (String worker : List.of("conn-1", "conn-2")) {
            assertThat(linesOf(lines, worker)).hasSize(3).containsExactlyElementsOf(linesOf(expected, worker));
        }
        // and the checker's late verdict and the two failures close every run.
        assertThat(lines.subList(lines.size() - 3, lines.size()))
                .containsExactlyElementsOf(expected.subList(expected.size() - 3, expected.size()));
    }

    /**
     * Runs ConnectToMysql with a time scale of 0.5 instead of the tests' 0.05. "Connected" needs
     * the checker to set the event before the workers' patience (3 × 0.5 s) runs out: the margin
     * is 1.3 s in the original's terms, which 0.05 would shrink to 65 ms — little on a busy
     * machine. At 0.5 the margin is 650 ms, and a run still takes only about 0.1 s.
     */
    private static List<String> runConnected() throws Throwable {
        String before = System.getProperty(Pace.PROPERTY);
        System.setProperty(Pace.PROPERTY, "0.5");
        try {
            return DemoRunner.run(ConnectToMysql.class, "", "connected").lines();
        } finally {
            if (before == null) {
                System.clearProperty(Pace.PROPERTY);
            } else {
                System.setProperty(Pace.PROPERTY, before);
            }
        }
    }

    @RepeatedTest(2)
    @DisplayName("connected: both workers connect after one to three attempts, after the checker set the event")
    void connected() throws Throwable {
        List<String> lines = runConnected();
        for (String worker : List.of("conn-1", "conn-2")) {
            List<String> mine = linesOf(lines, worker);
            assertThat(mine).last().isEqualTo("<" + worker + "> connected");
            assertThat(mine.subList(0, mine.size() - 1)).isNotEmpty()
                    .isSubsetOf("<" + worker + "> attempt 1 to connect",
                            "<" + worker + "> attempt 2 to connect",
                            "<" + worker + "> attempt 3 to connect")
                    .first().isEqualTo("<" + worker + "> attempt 1 to connect");
            assertThat(lines.indexOf("[checker] mysql is up")).isLessThan(lines.indexOf("<" + worker + "> connected"));
        }
        assertThat(lines).contains("[checker] checking mysql").noneMatch(l -> l.contains("failed"));
    }

    @Test
    @DisplayName("an unknown scenario gets a usage line and exit code 2")
    void usage() throws Exception {
        var result = DemoRunner.runInNewJvm(ConnectToMysql.class, "", "sometimes");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("usage: ConnectToMysql [connected|timeout]");
    }
}

package course.ch04.s09_timer;

import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import course.kit.Pace;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§4.9 Timer (定时器) demos")
class TimerDemosTest {

    private static final Duration TWO_SECONDS = Pace.scaled(Duration.ofSeconds(2));

    @Test
    @DisplayName("java.util.Timer runs the task after its delay and never runs the cancelled one")
    void timer() throws Exception {
        var outcome = WithTimer.run(line -> { });
        // Timer counts in whole wall-clock milliseconds, so it may fire up to 1 ms "early"
        // as measured by System.nanoTime.
        assertThat(outcome.fooAfter()).isGreaterThanOrEqualTo(TWO_SECONDS.minusMillis(1));
        assertThat(outcome.cancelReturned()).as("cancel() before the task was due").isTrue();
        assertThat(outcome.cancelledRan()).as("the cancelled task ran").isFalse();
    }

    @Test
    @DisplayName("ScheduledExecutorService runs the task after its delay and never runs the cancelled one")
    void scheduled() throws Exception {
        var outcome = WithScheduler.run(line -> { });
        assertThat(outcome.fooAfter()).isGreaterThanOrEqualTo(TWO_SECONDS);
        assertThat(outcome.cancelReturned()).as("cancel() before the task was due").isTrue();
        assertThat(outcome.cancelledRan()).as("the cancelled task ran").isFalse();
    }

    @Test
    @DisplayName("WithTimer prints foo's line, from foo, and the cancelled task's fate")
    void timerOutput() throws Throwable {
        assertThat(DemoRunner.run(WithTimer.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(WithTimer.class).expected());
    }

    @Test
    @DisplayName("WithScheduler prints the result, the failing task's exception, and that the scheduler goes on")
    void scheduledOutput() throws Throwable {
        assertThat(DemoRunner.run(WithScheduler.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(WithScheduler.class).expected());
    }
}

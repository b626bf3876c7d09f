package course.ch02.exercises;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@DisplayName("Exercise 2.3 · Speedup (easy)")
class SpeedupTest {

    static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    @Test
    @DisplayName("half the time on n threads is a speedup of 2")
    void speedupOfTwo() {
        assertThat(Speedup.speedup(ms(1000), ms(500))).isCloseTo(2.0, within(1e-9));
    }

    @Test
    @DisplayName("a slower run on more threads is a speedup below 1, and threads under a GIL are about 1")
    void speedupBelowOne() {
        assertThat(Speedup.speedup(ms(1000), ms(1250))).isCloseTo(0.8, within(1e-9));
        assertThat(Speedup.speedup(ms(1020), ms(1000))).isCloseTo(1.02, within(1e-9));
    }

    @Test
    @DisplayName("times shorter than a millisecond still count")
    void subMillisecondTimes() {
        assertThat(Speedup.speedup(Duration.ofNanos(900_000), Duration.ofNanos(300_000))).isCloseTo(3.0, within(1e-9));
    }

    @Test
    @DisplayName("efficiency is the speedup shared among the threads")
    void efficiency() {
        assertThat(Speedup.efficiency(ms(1000), ms(500), 2)).isCloseTo(1.0, within(1e-9));
        assertThat(Speedup.efficiency(ms(1000), ms(600), 4)).isCloseTo(1000.0 / 600 / 4, within(1e-9));
        assertThat(Speedup.efficiency(ms(700), ms(700), 1)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    @DisplayName("Amdahl: 90% parallel on 2 threads gives at most 1.82, and never more than 1 / serial part")
    void amdahl() {
        assertThat(Speedup.amdahl(0.9, 2)).isCloseTo(1 / (0.1 + 0.45), within(1e-9));
        assertThat(Speedup.amdahl(0.95, 1_000_000)).isCloseTo(20.0, within(0.01)).isLessThan(20.0);
        assertThat(Speedup.amdahl(1.0, 8)).isCloseTo(8.0, within(1e-9));
        assertThat(Speedup.amdahl(0.0, 8)).isCloseTo(1.0, within(1e-9));
        assertThat(Speedup.amdahl(0.5, 1)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    @DisplayName("zero or negative times are rejected, naming the argument")
    void rejectsNonPositiveTimes() {
        assertThatThrownBy(() -> Speedup.speedup(Duration.ZERO, ms(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("oneThread");
        assertThatThrownBy(() -> Speedup.speedup(ms(5), ms(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nThreads");
        assertThatThrownBy(() -> Speedup.efficiency(ms(5), Duration.ZERO, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nThreads");
    }

    @ParameterizedTest(name = "{0} threads are rejected")
    @ValueSource(ints = {0, -3})
    @DisplayName("fewer than one thread is rejected, naming the argument")
    void rejectsTooFewThreads(int threads) {
        assertThatThrownBy(() -> Speedup.efficiency(ms(5), ms(5), threads))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
        assertThatThrownBy(() -> Speedup.amdahl(0.5, threads))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
    }

    @ParameterizedTest(name = "fraction {0} is rejected")
    @ValueSource(doubles = {-0.1, 1.5, Double.NaN})
    @DisplayName("a parallel fraction outside 0..1 is rejected, naming the argument")
    void rejectsBadFraction(double parallel) {
        assertThatThrownBy(() -> Speedup.amdahl(parallel, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parallel");
    }

    @Test
    @DisplayName("a missing time is rejected with a NullPointerException")
    void rejectsNull() {
        assertThatThrownBy(() -> Speedup.speedup(null, ms(1))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Speedup.efficiency(ms(1), null, 1)).isInstanceOf(NullPointerException.class);
    }
}

package course.ch04.s08_semaphore;

import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§4.8 Semaphore (信号量) demo")
class SemaphoreDemosTest {

    @RepeatedTest(2)
    @DisplayName("with Semaphore(5), ten threads are never more than five inside, and five are reached")
    void semaphoreCapsAtFive() throws Exception {
        assertThat(FiveAtATime.run(10, 5, line -> { })).as("the most threads inside at once").isEqualTo(5);
    }

    @Test
    @DisplayName("without a semaphore all ten threads are inside at once")
    void withoutSemaphoreAllTen() throws Exception {
        assertThat(FiveAtATime.run(10, 0, line -> { })).as("the most threads inside at once").isEqualTo(10);
    }

    @Test
    @DisplayName("fewer threads than permits: all of them get in together")
    void fewerThreadsThanPermits() throws Exception {
        assertThat(FiveAtATime.run(3, 5, line -> { })).isEqualTo(3);
    }

    @Test
    @DisplayName("the demo prints twenty 'got in' lines and the maxima 5 and 10")
    void mainPrintsMaxima() throws Throwable {
        var lines = DemoRunner.run(FiveAtATime.class, "").lines();
        var expected = DemoHeader.of(FiveAtATime.class).expected();
        assertThat(lines).filteredOn(l -> l.matches(" {2}worker-\\d+ got in")).hasSize(20);
        // Which worker gets in when varies; each wave lets in the same ten, between the same lines.
        assertThat(eachWaveSorted(lines)).containsExactlyElementsOf(eachWaveSorted(expected));
    }

    /** The lines with each run of "got in" lines sorted; every other line stays where it is. */
    private static List<String> eachWaveSorted(List<String> lines) {
        List<String> sorted = new ArrayList<>();
        List<String> wave = new ArrayList<>();
        for (String line : lines) {
            if (line.endsWith(" got in")) {
                wave.add(line);
                continue;
            }
            wave.sort(null);
            sorted.addAll(wave);
            wave.clear();
            sorted.add(line);
        }
        wave.sort(null);
        sorted.addAll(wave);
        return sorted;
    }
}

package course.ch02.s03_parallelism;

import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§2.3 Concurrency vs parallelism (并发与并行) demos")
class ParallelismDemosTest {

    /** "[ 0.30 s] eater   eat: bite 1" → thread "eater", step "eat: bite 1". */
    static final Pattern STEP = Pattern.compile("\\[ *\\d+\\.\\d\\d s] (\\S+) +((?:eat|phone): .+)");

    record Step(String thread, String what) {
    }

    static List<Step> steps(List<String> lines) {
        return lines.stream().map(STEP::matcher).filter(Matcher::matches)
                .map(m -> new Step(m.group(1), m.group(2))).toList();
    }

    /** The lines with their times masked: "[ 0.63 s] main    eat: bite 2" → "[t] main    eat: bite 2". */
    static List<String> timesMasked(List<String> lines) {
        return lines.stream()
                .map(line -> line.replaceFirst("^\\[ *\\d+\\.\\d\\d s]", "[t]").replaceFirst(": \\d+\\.\\d\\d s\\.$", ": t s."))
                .toList();
    }

    static final List<String> EAT = List.of("eat: bite 1", "eat: bite 2", "eat: bite 3");
    static final List<String> PHONE = List.of("phone: \"Hello?\"", "phone: \"Yes, I'm eating.\"", "phone: \"Bye!\"");

    @Test
    @DisplayName("EatThenAnswer: one thread eats all three bites, then takes the call")
    void sequential() throws Throwable {
        List<String> lines = DemoRunner.run(EatThenAnswer.class, "").lines();
        List<Step> steps = steps(lines);
        assertThat(steps).extracting(Step::what)
                .containsExactly(EAT.get(0), EAT.get(1), EAT.get(2), PHONE.get(0), PHONE.get(1), PHONE.get(2));
        assertThat(steps).extracting(Step::thread).containsOnly(Thread.currentThread().getName());
        assertThat(lines).hasSize(7);
        assertThat(lines.getLast()).matches("Sequential: 6 steps, one after the other, on 1 thread: \\d+\\.\\d\\d s\\.");
    }

    @Test
    @DisplayName("EatThenAnswer, run as the launcher runs it (on the thread main), prints what its header shows, but for the times")
    void sequentialAsInItsHeader() throws Exception {
        var result = DemoRunner.runInNewJvm(EatThenAnswer.class, "");
        assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isZero();
        assertThat(timesMasked(result.lines())).containsExactlyElementsOf(timesMasked(DemoHeader.of(EatThenAnswer.class).expected()));
    }

    @Test
    @DisplayName("EatAndAnswerInterleaved prints what its header shows, but for the times")
    void interleavedAsInItsHeader() throws Throwable {
        List<String> lines = DemoRunner.run(EatAndAnswerInterleaved.class, "").lines();
        assertThat(timesMasked(lines)).containsExactlyElementsOf(timesMasked(DemoHeader.of(EatAndAnswerInterleaved.class).expected()));
    }

    @Test
    @DisplayName("EatAndAnswerInterleaved: the two activities take turns on one single thread")
    void interleavedOnOneThread() throws Throwable {
        List<String> lines = DemoRunner.run(EatAndAnswerInterleaved.class, "").lines();
        List<Step> steps = steps(lines);
        assertThat(steps).extracting(Step::what)
                .containsExactly(EAT.get(0), PHONE.get(0), EAT.get(1), PHONE.get(1), EAT.get(2), PHONE.get(2));
        assertThat(steps).extracting(Step::thread).containsOnly("single");
        assertThat(lines.getLast()).matches(
                "Concurrent: both activities in progress at once, taking turns on 1 thread: \\d+\\.\\d\\d s\\.");
    }

    @Test
    @DisplayName("EatWhileOnThePhone: two threads do step k together, and neither starts step k+1 early")
    void parallelOnTwoThreads() throws Throwable {
        List<String> lines = DemoRunner.run(EatWhileOnThePhone.class, "").lines();
        List<Step> steps = steps(lines);
        assertThat(steps).hasSize(6);
        assertThat(steps).filteredOn(s -> s.what().startsWith("eat")).extracting(Step::thread).containsOnly("eater");
        assertThat(steps).filteredOn(s -> s.what().startsWith("phone")).extracting(Step::thread).containsOnly("talker");
        List<String> order = steps.stream().map(Step::what).toList();
        for (int k = 0; k < 3; k++) {
            // Lines 2k and 2k+1 are step k of both activities, in either order.
            assertThat(order.subList(2 * k, 2 * k + 2)).as("step %d", k + 1).containsExactlyInAnyOrder(EAT.get(k), PHONE.get(k));
        }
        assertThat(lines.getLast()).matches(
                "Parallel: both activities step by step at the same time, on 2 threads: \\d+\\.\\d\\d s\\.");
    }

    @Test
    @DisplayName("SpeedupMeasurement prints one row per thread count, each with the right number of primes")
    void speedupTable() throws Throwable {
        List<String> lines = DemoRunner.run(SpeedupMeasurement.class, "", "100000", "3").lines();
        assertThat(lines.get(0)).isEqualTo("CPU-bound job: count the primes below 100000 by trial division, in 64 chunks.");
        assertThat(lines.get(1)).matches("This machine: " + Runtime.getRuntime().availableProcessors()
                + " processors, (load average \\d+\\.\\d\\d|load average not available)\\. Time is the best of 3 runs\\.");
        assertThat(lines.get(2)).isEqualTo("threads  time (ms)  speedup  efficiency  cores busy  primes found");
        Pattern row = Pattern.compile(" +(\\d+) +(\\d+) +(\\d+\\.\\d\\d)x +(\\d+)% +(\\d+\\.\\d) +(\\d+)");
        for (int threads = 1; threads <= 3; threads++) {
            Matcher m = row.matcher(lines.get(2 + threads));
            assertThat(m.matches()).as("row %d: %s", threads, lines.get(2 + threads)).isTrue();
            assertThat(m.group(1)).isEqualTo(String.valueOf(threads));
            assertThat(m.group(6)).as("primes below 100000").isEqualTo("9592");
            if (threads == 1) {
                assertThat(m.group(3) + " " + m.group(4)).as("one thread is the baseline").isEqualTo("1.00 100");
            }
        }
        // The speedup itself is this machine's, and depends on what else runs: only its form is checked.
        assertThat(lines.get(6)).isEqualTo("Java threads run in parallel on separate cores: there is no GIL.");
        assertThat(lines.get(7)).matches("On 3 threads the job ran \\d+\\.\\d\\dx as fast as on 1 thread "
                + "\\(Python threads on such a job: about 1\\.0x\\)\\.");
        // A busy machine gets one more line that says so; an idle one does not.
        assertThat(lines.subList(8, lines.size())).allSatisfy(l -> assertThat(l).startsWith(
                "The load average was at least the number of processors"));
        assertThat(lines).hasSizeBetween(8, 9);
    }

    @Test
    @DisplayName("the prime count is the same on one thread and on many")
    void primeCountDoesNotDependOnThreads() throws Exception {
        assertThat(SpeedupMeasurement.countPrimes(200_000, 1)).isEqualTo(17_984);
        assertThat(SpeedupMeasurement.countPrimes(200_000, 5)).isEqualTo(17_984);
        assertThat(SpeedupMeasurement.countPrimes(2, 2)).isZero();
        assertThat(SpeedupMeasurement.countPrimes(3, 1)).isEqualTo(1);
        assertThat(List.of(0, 1, 2, 3, 4, 9, 25, 97)).filteredOn(SpeedupMeasurement::isPrime).containsExactly(2, 3, 97);
    }

    @ParameterizedTest(name = "SpeedupMeasurement {0} prints its usage and exits with code 2")
    @ValueSource(strings = {"lots", "100000001", "100000 65", "100000 3 extra"})
    @DisplayName("SpeedupMeasurement with a bad argument prints its usage and exits with code 2")
    void speedupUsage(String arguments) throws Exception {
        // Not a number; a limit above 100000000; more threads than chunks; too many arguments.
        var result = DemoRunner.runInNewJvm(SpeedupMeasurement.class, "", arguments.split(" "));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo(SpeedupMeasurement.USAGE);
        assertThat(result.out()).isEmpty();
    }
}

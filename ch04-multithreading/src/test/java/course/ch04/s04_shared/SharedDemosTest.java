package course.ch04.s04_shared;

import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§4.4 Threads share data (同一进程内的多个线程数据是共享的) demos")
class SharedDemosTest {

    @RepeatedTest(value = 3, name = "run {currentRepetition} of {totalRepetitions}")
    @DisplayName("SharedStatic: the thread's write n = 1 is what main sees after join")
    void sharedStatic() throws Throwable {
        assertThat(DemoRunner.run(SharedStatic.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(SharedStatic.class).expected());
    }
}

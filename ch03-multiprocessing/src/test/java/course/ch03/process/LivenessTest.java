package course.ch03.process;

import course.ch03.s03_using.Greeter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§3.8 Liveness: has a process really ended?")
class LivenessTest {

    @Test
    @DisplayName("Liveness: this JVM runs; a child that has exited has ended")
    void liveness() throws Exception {
        assertThat(Liveness.hasEnded(ProcessHandle.current().pid())).isFalse();
        JavaProcess p = new JavaProcess(Greeter.class, "x");
        p.start();
        p.join();
        assertThat(Liveness.hasEnded(p.pid())).isTrue();
    }
}

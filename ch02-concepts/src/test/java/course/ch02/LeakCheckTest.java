package course.ch02;

import course.ch02.s06_termination.RunsUntilKilled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The check that no test leaves a process behind")
class LeakCheckTest {

    @Test
    @Timeout(20)
    @DisplayName("sees a child JVM while it runs, and no longer once it has been waited for")
    void seesALiveChild() throws Exception {
        Process child = ChildJvm.builder(RunsUntilKilled.class)
                .redirectErrorStream(true).start();
        try {
            assertThat(child.inputReader().readLine()).isEqualTo("ready");
            assertThat(LeakCheck.leftoverProcesses()).extracting(ProcessHandle::pid).contains(child.pid());
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).as("child ended").isTrue();
        }
        assertThat(LeakCheck.leftoverProcesses()).extracting(ProcessHandle::pid).doesNotContain(child.pid());
    }
}

package course.ch01.s06_cleanup;

import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§1.6 Cleanup actions (定义清理行为) demos")
class CleanupDemosTest {

    @Test
    @DisplayName("FinallyAlwaysRuns: finally runs after a handler, after a normal end and when no handler matched")
    void finallyAlwaysRuns() throws Throwable {
        assertThat(DemoRunner.run(FinallyAlwaysRuns.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(FinallyAlwaysRuns.class).expected());
    }

    @Test
    @DisplayName("TryWithResources: closes in reverse order, keeps close failures as suppressed, and hand-written finally loses the real error")
    void tryWithResources() throws Throwable {
        assertThat(DemoRunner.run(TryWithResources.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(TryWithResources.class).expected());
    }

    @Test
    @DisplayName("FinallyPitfalls: return and throw in finally override the try block; the fixed finally only cleans up")
    void finallyPitfalls() throws Throwable {
        assertThat(DemoRunner.run(FinallyPitfalls.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(FinallyPitfalls.class).expected());
    }
}

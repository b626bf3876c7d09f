package course.ch01.s06_cleanup;

import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§1.6 Cleanup actions (定义清理行为) demos")
class CleanupDemosTest {

    @Test
    @DisplayName("FinallyAlwaysRuns: finally runs after a handler, after a normal end and when no handler matched")
    void finallyAlwaysRuns() throws Throwable {
        assertThat(DemoRunner.run(FinallyAlwaysRuns.class, "").lines()).containsExactly(
                "convert(\"hello\"):",
                "  NumberFormatException handler: For input string: \"hello\"",
                "  finally: always runs",
                "convert(\"42\"):",
                "  no exception, the \"else\" part: 42",
                "  finally: always runs",
                "convert(null):",
                "  finally: always runs",
                "  no handler matched; the caller caught NullPointerException");
    }

    @Test
    @DisplayName("TryWithResources: closes in reverse order, keeps close failures as suppressed, and hand-written finally loses the real error")
    void tryWithResources() throws Throwable {
        assertThat(DemoRunner.run(TryWithResources.class, "").lines()).containsExactly(
                "--- all goes well",
                "open A, open B, open C, use A B C, close C, close B, close A",
                "--- the block and two closes fail",
                "open A, open B, open C, use A B C, close C, close B, close A",
                "caught IllegalStateException: work failed; suppressed: [close C failed, close B failed]",
                "--- the second resource cannot be opened",
                "open A, close A",
                "caught IllegalStateException: cannot open B; suppressed: []",
                "--- BROKEN closeInFinally: the close failure hides the real one",
                "open A, use A, close A",
                "caught IllegalStateException: close A failed; suppressed: []");
    }

    @Test
    @DisplayName("FinallyPitfalls: return and throw in finally override the try block; the fixed finally only cleans up")
    void finallyPitfalls() throws Throwable {
        assertThat(DemoRunner.run(FinallyPitfalls.class, "").lines()).containsExactly(
                "BROKEN returnInFinallyOverridesResult() = from finally",
                "BROKEN returnInFinallySwallowsException() = -1, and the IllegalStateException is gone",
                "BROKEN throwInFinallyReplacesException(): caught \"cleanup failed\"; \"work failed\" is lost",
                "FIXED  cleanupOnlyFinally(): caught \"work failed\", and the cleanup ran",
                "returnValueFixedBeforeFinally() = 1 (finally set the variable to 2 afterwards)");
    }
}

package course.ch01.exercises;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

// The resources here declare close() throws Exception on purpose; javac's lint would warn that
// this includes InterruptedException.
@SuppressWarnings("try")
@Timeout(5)
@DisplayName("Exercise 1.6 · ResourceGroup (hard)")
class ResourceGroupTest {

    /** Logs "close NAME" when closed; throws the given failure, if any, from close(). */
    record Logged(String name, List<String> log, Throwable failure) implements AutoCloseable {
        static Logged ok(String name, List<String> log) {
            return new Logged(name, log, null);
        }

        @Override
        public void close() throws Exception {
            log.add("close " + name);
            if (failure instanceof Exception e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        }
    }

    private static List<String> messages(Throwable[] suppressed) {
        return Arrays.stream(suppressed).map(Throwable::getMessage).toList();
    }

    @Test
    @DisplayName("closes every resource once, in the reverse order of adding")
    void closesInReverseOrder() throws Exception {
        List<String> log = new ArrayList<>();
        ResourceGroup group = new ResourceGroup();
        group.add(Logged.ok("A", log));
        group.add(Logged.ok("B", log));
        group.add(Logged.ok("C", log));
        assertThat(log).as("nothing is closed before close()").isEmpty();
        group.close();
        assertThat(log).containsExactly("close C", "close B", "close A");
    }

    @Test
    @DisplayName("add returns the very resource it was given")
    void addReturnsTheResource() throws Exception {
        List<String> log = new ArrayList<>();
        try (ResourceGroup group = new ResourceGroup()) {
            Logged a = Logged.ok("A", log);
            assertThat(group.add(a)).isSameAs(a);
        }
        assertThat(log).containsExactly("close A");
    }

    @Test
    @DisplayName("an empty group closes without complaint")
    void emptyGroup() throws Exception {
        ResourceGroup group = new ResourceGroup();
        group.close();
        assertThatThrownBy(() -> group.add(Logged.ok("late", new ArrayList<>()))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("when closes fail, all are still closed; the first failure is thrown with the later ones suppressed in closing order")
    void failuresAreKeptInOrder() {
        List<String> log = new ArrayList<>();
        ResourceGroup group = new ResourceGroup();
        group.add(new Logged("A", log, new IllegalStateException("A failed")));
        group.add(Logged.ok("B", log));
        group.add(new Logged("C", log, new java.io.IOException("C failed")));
        group.add(new Logged("D", log, new IllegalArgumentException("D failed")));
        Throwable thrown = catchThrowable(group::close);
        assertThat(log).containsExactly("close D", "close C", "close B", "close A");
        assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessage("D failed");
        assertThat(messages(thrown.getSuppressed())).containsExactly("C failed", "A failed");
    }

    @Test
    @DisplayName("a single failure is thrown as it is, with nothing suppressed")
    void singleFailure() {
        List<String> log = new ArrayList<>();
        ResourceGroup group = new ResourceGroup();
        java.io.IOException failure = new java.io.IOException("B failed");
        group.add(Logged.ok("A", log));
        group.add(new Logged("B", log, failure));
        Throwable thrown = catchThrowable(group::close);
        assertThat(thrown).isSameAs(failure);
        assertThat(thrown.getSuppressed()).isEmpty();
        assertThat(log).containsExactly("close B", "close A");
    }

    @Test
    @DisplayName("an Error from one close does not stop the others")
    void errorDoesNotStopTheOthers() {
        List<String> log = new ArrayList<>();
        ResourceGroup group = new ResourceGroup();
        group.add(new Logged("A", log, new IllegalStateException("A failed")));
        group.add(new Logged("B", log, new AssertionError("B broke")));
        Throwable thrown = catchThrowable(group::close);
        assertThat(log).containsExactly("close B", "close A");
        assertThat(thrown).isInstanceOf(AssertionError.class).hasMessage("B broke");
        assertThat(messages(thrown.getSuppressed())).containsExactly("A failed");
    }

    @Test
    @DisplayName("a second close does nothing, even after a failed first one")
    void secondCloseDoesNothing() {
        List<String> log = new ArrayList<>();
        ResourceGroup group = new ResourceGroup();
        group.add(new Logged("A", log, new IllegalStateException("A failed")));
        assertThat(catchThrowable(group::close)).hasMessage("A failed");
        assertThat(catchThrowable(group::close)).as("second close()").isNull();
        assertThat(log).containsExactly("close A");
    }

    @Test
    @DisplayName("adding after close is rejected and the late resource is left alone; adding null is rejected")
    void badAdds() throws Exception {
        List<String> log = new ArrayList<>();
        ResourceGroup group = new ResourceGroup();
        assertThatThrownBy(() -> group.add(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("resource");
        group.add(Logged.ok("A", log));
        group.close();
        assertThatThrownBy(() -> group.add(Logged.ok("late", log)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(log).containsExactly("close A");
    }

    @Test
    @DisplayName("in try-with-resources the block's exception wins and carries the close failures")
    void insideTryWithResources() {
        List<String> log = new ArrayList<>();
        Throwable thrown = catchThrowable(() -> {
            try (ResourceGroup group = new ResourceGroup()) {
                group.add(new Logged("A", log, new IllegalStateException("A failed")));
                group.add(new Logged("B", log, new IllegalStateException("B failed")));
                throw new IllegalStateException("work failed");
            }
        });
        assertThat(thrown).hasMessage("work failed");
        assertThat(thrown.getSuppressed()).hasSize(1);
        Throwable closeFailure = thrown.getSuppressed()[0];
        assertThat(closeFailure).hasMessage("B failed");
        assertThat(messages(closeFailure.getSuppressed())).containsExactly("A failed");
        assertThat(log).containsExactly("close B", "close A");
    }
}

package course.ch02.s04_sync_async;

import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§2.4 Sync/async, blocking/non-blocking (同步异步、阻塞非阻塞) demos")
class SyncAsyncDemosTest {

    @Test
    @DisplayName("SyncBlockingGet: the caller is WAITING inside get() until the worker returns 42")
    void syncBlocking() throws Throwable {
        assertThat(DemoRunner.run(SyncBlockingGet.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(SyncBlockingGet.class).expected());
    }

    @Test
    @DisplayName("AsyncCallback: the call returns at once, the caller does chores, the callback runs on the worker")
    void asyncCallback() throws Throwable {
        assertThat(DemoRunner.run(AsyncCallback.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(AsyncCallback.class).expected());
    }

    @Test
    @DisplayName("PollingIsDone: at least three polls say false, each followed by a chore; the last says true")
    void polling() throws Throwable {
        List<String> lines = DemoRunner.run(PollingIsDone.class, "").lines();
        // The header shows a run whose fourth poll said true; a later one is just as right.
        List<String> header = DemoHeader.of(PollingIsDone.class).expected();
        assertThat(header).hasSize(5);
        assertThat(lines.subList(0, 4)).containsExactlyElementsOf(header.subList(0, 4));
        int falsePolls = lines.size() - 2;
        for (int chore = 4; chore <= falsePolls; chore++) {
            assertThat(lines.get(chore)).isEqualTo(header.get(3).replace("chore 3", "chore " + chore));
        }
        assertThat(lines.getLast()).isEqualTo(header.getLast().replace("after 4 polls", "after " + (falsePolls + 1) + " polls"));
    }

    @Test
    @DisplayName("NonBlockingRead: read() returns 0 on an empty pipe, the bytes once written, and -1 once closed")
    void nonBlockingRead() throws Throwable {
        assertThat(DemoRunner.run(NonBlockingRead.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(NonBlockingRead.class).expected());
    }
}

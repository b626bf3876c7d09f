package course.ch02.s04_sync_async;

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
        assertThat(DemoRunner.run(SyncBlockingGet.class, "").lines()).containsExactly(
                "caller: task submitted; calling get(), which returns only with the result",
                "worker: working; meanwhile the caller thread is WAITING (parked inside get())",
                "worker: result ready",
                "caller: get() returned 42; while waiting it could do nothing else (synchronous, blocking)");
    }

    @Test
    @DisplayName("AsyncCallback: the call returns at once, the caller does chores, the callback runs on the worker")
    void asyncCallback() throws Throwable {
        assertThat(DemoRunner.run(AsyncCallback.class, "").lines()).containsExactly(
                "caller: supplyAsync(...).thenAccept(...) returned at once; no result yet",
                "caller: doing other work: chore 1",
                "caller: doing other work: chore 2",
                "caller: doing other work: chore 3",
                "worker: result ready",
                "callback on thread worker: got 42",
                "caller: was told the result by the callback; it never waited for it (asynchronous)");
    }

    @Test
    @DisplayName("PollingIsDone: at least three polls say false, each followed by a chore; the last says true")
    void polling() throws Throwable {
        List<String> lines = DemoRunner.run(PollingIsDone.class, "").lines();
        assertThat(lines.subList(0, 4)).containsExactly(
                "caller: task submitted; polling isDone() instead of blocking in get()",
                "caller: isDone() = false, so chore 1",
                "caller: isDone() = false, so chore 2",
                "caller: isDone() = false, so chore 3");
        int falsePolls = lines.size() - 2;
        for (int chore = 4; chore <= falsePolls; chore++) {
            assertThat(lines.get(chore)).isEqualTo("caller: isDone() = false, so chore " + chore);
        }
        assertThat(lines.getLast()).isEqualTo("caller: isDone() = true after " + (falsePolls + 1)
                + " polls; get() now returns 42 without waiting (non-blocking)");
    }

    @Test
    @DisplayName("NonBlockingRead: read() returns 0 on an empty pipe, the bytes once written, and -1 once closed")
    void nonBlockingRead() throws Throwable {
        assertThat(DemoRunner.run(NonBlockingRead.class, "").lines()).containsExactly(
                "caller: read() on the empty pipe returned 0 bytes at once, so the caller does a chore",
                "writer: wrote \"hello\" into the pipe",
                "caller: read() returned 5 bytes: \"hello\"",
                "caller: read() returned 0 bytes: nothing new yet, no waiting",
                "writer: closed its end of the pipe",
                "caller: read() returned -1: end of stream, the writer is done");
    }
}

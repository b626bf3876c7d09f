package course.ch03.pool;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@DisplayName("§3.9 ProcessPool: reuse, order, failures and crashes (one pool of 2 workers)")
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ProcessPoolTest {

    private static ProcessPool pool;
    private static final List<String> workerStderr = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startPool() {
        pool = new ProcessPool(2, workerStderr::add);
    }

    @AfterAll
    static void closePool() {
        pool.close();
        assertThat(pool.isTerminated()).as("every worker exited after close()").isTrue();
    }

    @Test
    @DisplayName("apply returns the task's result and the pid of one of the pool's workers")
    void applyReturnsResultAndPid() throws InterruptedException {
        Reply reply = pool.apply("square-now", 12);
        assertThat(reply.asLong()).isEqualTo(144);
        assertThat(pool.pids()).contains(reply.workerPid());
        assertThat(reply.workerPid()).as("the task ran in another process").isNotEqualTo(ProcessHandle.current().pid());
    }

    @Test
    @DisplayName("twenty tasks are all served by the pool's two long-lived workers")
    void workersAreReused() throws InterruptedException {
        List<Long> before = pool.pids();
        List<Reply> replies = pool.map("pid", IntStream.range(0, 20).boxed().toList());
        assertThat(replies).extracting(Reply::workerPid).allMatch(before::contains);
        assertThat(replies).extracting(Reply::asLong).as("the pid the worker reports is its own")
                .containsExactlyElementsOf(replies.stream().map(Reply::workerPid).toList());
        assertThat(pool.pids()).as("no worker was started for these tasks").isEqualTo(before);
    }

    @Test
    @DisplayName("map returns the results in input order even when later inputs finish first")
    void mapKeepsInputOrder() throws InterruptedException {
        // sleep n sleeps n ms (scaled) and returns n: the first input is the slowest.
        List<Integer> inputs = List.of(3000, 2000, 0, 1000, 0, 0);
        assertThat(pool.map("sleep", inputs)).extracting(Reply::value)
                .containsExactly("3000", "2000", "0", "1000", "0", "0");
    }

    @Test
    @DisplayName("submit returns at once; started() names the worker and the callback receives the reply")
    void submitWithCallback() throws Exception {
        CompletableFuture<Long> seen = new CompletableFuture<>();
        TaskFuture future = pool.submit("square-now", 7);
        future.thenAccept(reply -> seen.complete(reply.asLong()));
        long worker = future.started().get(10, TimeUnit.SECONDS);
        assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo(49);
        assertThat(future.get().workerPid()).isEqualTo(worker);
        assertThat(future.description()).isEqualTo("square-now(7)");
    }

    @Test
    @DisplayName("a task that throws fails with TaskFailedException naming task, worker and error; the worker lives on")
    void taskThatThrows() {
        List<Long> before = pool.pids();
        assertThatThrownBy(() -> pool.apply("fail", "boom"))
                .isInstanceOf(TaskFailedException.class)
                .hasMessageContaining("fail(boom)")
                .hasMessageContaining("java.lang.IllegalStateException: boom")
                .satisfies(e -> assertThat(before).contains(((TaskFailedException) e).workerPid()));
        assertThat(pool.pids()).isEqualTo(before);
    }

    @Test
    @DisplayName("a worker that exits mid-task fails that task with WorkerCrashedException and is replaced")
    void workerThatExits() throws Exception {
        TaskFuture crash = pool.submit("exit", 3);
        long dead = crash.started().get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> ProcessPool.await(crash))
                .isInstanceOf(WorkerCrashedException.class)
                .hasMessageContaining("worker pid " + dead + " died while running exit(3): exit code 3");
        assertReplaced(dead);
    }

    // A worker that dies from an Error or from kill -9 mid-task: see PoolDemosTest.crashDemo.

    @Test
    @DisplayName("a worker killed while idle is noticed and replaced, and the pool goes on working")
    void workerKilledWhileIdle() throws Exception {
        long victim = pool.pids().get(0);
        ProcessHandle handle = ProcessHandle.of(victim).orElseThrow();
        handle.destroyForcibly();
        handle.onExit().get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(pool.pids()).as("pool pids").hasSize(2).doesNotContain(victim));
        assertThat(workerStderr).as("the pool's report").anyMatch(line -> line.startsWith("[pool] worker pid " + victim + " "));
        List<Reply> replies = pool.map("square-now", List.of(1, 2, 3, 4));
        assertThat(replies).extracting(Reply::asLong).containsExactly(1L, 4L, 9L, 16L);
        assertThat(replies).extracting(Reply::workerPid).doesNotContain(victim);
    }

    @Test
    @DisplayName("a task cancelled before it starts never runs")
    void cancelBeforeStart() throws Exception {
        // Two 1-second sleepers keep both workers busy while the third task waits in the queue.
        TaskFuture first = pool.submit("sleep", 20000);
        TaskFuture second = pool.submit("sleep", 20000);
        TaskFuture queued = pool.submit("square-now", 5);
        assertThat(queued.cancel(false)).isTrue();
        assertThat(pool.activeTaskCount()).as("queued or running, the cancelled one included").isEqualTo(3);
        assertThat(ProcessPool.await(first).value()).isEqualTo("20000");
        assertThat(ProcessPool.await(second).value()).isEqualTo("20000");
        assertThat(pool.apply("echo", "after").value()).as("the pool went on to the next task").isEqualTo("after");
        assertThat(queued.started()).as("the cancelled task was never sent to a worker").isNotDone();
        await().atMost(Duration.ofSeconds(5)).until(() -> pool.activeTaskCount() == 0);
    }

    @Test
    @DisplayName("bad arguments are rejected in the caller, with a message that says what was wrong")
    void rejectsBadArguments() {
        assertThatThrownBy(() -> pool.submit("cube", 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown task 'cube'")
                .hasMessageContaining("square");
        assertThatThrownBy(() -> pool.submit("echo", (Object) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("argument is null");
        assertThatThrownBy(() -> new ProcessPool(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 worker");
    }

    @Test
    @DisplayName("what a task prints with System.out reaches the pool's stderr sink, not the protocol")
    void printedLinesGoToStderr() throws InterruptedException {
        Reply reply = pool.apply("square", 3);             // like the original, it prints "... is running"
        assertThat(reply.asLong()).isEqualTo(9);
        String expected = "[worker pid " + reply.workerPid() + "] worker pid " + reply.workerPid() + " is running square(3)";
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(workerStderr).contains(expected));
    }

    private static void assertReplaced(long dead) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(ProcessHandle.of(dead)).as("the dead worker is gone").isEmpty());
        assertThat(pool.pids()).as("the pool is back to two workers, without the dead one")
                .hasSize(2).doesNotContain(dead);
    }
}

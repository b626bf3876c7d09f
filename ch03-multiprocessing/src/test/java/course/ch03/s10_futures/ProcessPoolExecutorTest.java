package course.ch03.s10_futures;

import course.ch03.pool.TaskFailedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("§3.10 ProcessPoolExecutor: the process pool as an ExecutorService (one executor of 2 workers)")
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ProcessPoolExecutorTest {

    private static ProcessPoolExecutor executor;

    @BeforeAll
    static void start() {
        executor = new ProcessPoolExecutor(2);
    }

    @AfterAll
    static void closeExecutor() {
        executor.close();
        assertThat(executor.isTerminated()).isTrue();
    }

    @Test
    @DisplayName("submit(RemoteCall) returns a Future whose get() is the worker's result")
    void submitReturnsFuture() throws Exception {
        Future<String> square = executor.submit(RemoteCall.of("square-now", 11));
        Future<String> pid = executor.submit(RemoteCall.of("pid"));
        assertThat(square.get(10, TimeUnit.SECONDS)).isEqualTo("121");
        assertThat(Long.parseLong(pid.get())).isIn(executor.pids()).isNotEqualTo(ProcessHandle.current().pid());
    }

    @Test
    @DisplayName("invokeAll returns the futures in the order of the calls")
    void invokeAllKeepsOrder() throws Exception {
        List<RemoteCall> calls = List.of(RemoteCall.of("sleep", 2000), RemoteCall.of("sleep", 0), RemoteCall.of("echo", "c"));
        List<String> results = executor.invokeAll(calls).stream().map(ProcessPoolExecutorTest::get).toList();
        assertThat(results).containsExactly("2000", "0", "c");
    }

    @Test
    @DisplayName("a task that throws in the worker surfaces as ExecutionException caused by TaskFailedException")
    void failureSurfacesThroughGet() {
        Future<String> failing = executor.submit(RemoteCall.of("fail", "bad input"));
        assertThatThrownBy(failing::get)
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(TaskFailedException.class)
                .hasMessageContaining("java.lang.IllegalStateException: bad input");
    }

    @Test
    @DisplayName("lambdas and Runnables are refused: code cannot be sent to another JVM")
    void codeIsRejected() {
        Callable<String> lambda = () -> "x";
        assertThatThrownBy(() -> executor.submit(lambda))
                .isInstanceOf(RejectedExecutionException.class)
                .hasMessageContaining("runs RemoteCall tasks only");
        assertThatThrownBy(() -> executor.submit(() -> { }))
                .isInstanceOf(RejectedExecutionException.class);
        assertThatThrownBy(() -> executor.execute(() -> { }))
                .isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    @DisplayName("the same RemoteCall runs in this JVM when a thread pool executes it")
    void sameCallOnThreads() throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Future<String>> squares = threads.invokeAll(IntStream.range(0, 5).mapToObj(i -> RemoteCall.of("square-now", i)).toList());
            assertThat(squares).extracting(ProcessPoolExecutorTest::get).containsExactly("0", "1", "4", "9", "16");
            assertThat(threads.submit(RemoteCall.of("pid")).get()).isEqualTo(Long.toString(ProcessHandle.current().pid()));
        }
    }

    @Test
    @DisplayName("RemoteCall rejects a task name the workers do not know, and null arguments")
    void remoteCallValidates() {
        assertThatThrownBy(() -> RemoteCall.of("format-disk"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown task 'format-disk'");
        assertThatThrownBy(() -> new RemoteCall("echo", java.util.Arrays.asList("a", null)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("after shutdown a new task is rejected, the submitted ones finish, and awaitTermination returns true")
    void shutdownAndAwait() throws Exception {
        ProcessPoolExecutor own = new ProcessPoolExecutor(1);
        try {
            Future<String> pending = own.submit(RemoteCall.of("sleep", 1000));
            own.shutdown();
            assertThat(own.isShutdown()).isTrue();
            assertThatThrownBy(() -> own.submit(RemoteCall.of("echo", "late"))).isInstanceOf(RejectedExecutionException.class);
            assertThat(own.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            assertThat(pending.get()).isEqualTo("1000");
        } finally {
            own.close();
        }
    }

    private static String get(Future<String> future) {
        try {
            return future.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }
}

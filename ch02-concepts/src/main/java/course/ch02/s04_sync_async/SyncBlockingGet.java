package course.ch02.s04_sync_async;

import course.kit.Pace;
import course.kit.Usage;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * §2.4 Sync/async, blocking/non-blocking (同步异步、阻塞非阻塞) — synchronous and blocking:
 * {@code Future.get()}.
 *
 * <p><b>The Python original</b> separates two questions. Synchronous or asynchronous is about
 * how a task is <em>called</em>: a synchronous call returns only with the result; an
 * asynchronous call returns at once and the result is announced later (by a state to check, a
 * notification or a callback). Blocking or non-blocking is about the <em>caller's thread</em>
 * while it waits: suspended, or free to go on.
 *
 * <p><b>In Java</b> the synchronous, blocking call is {@code Future.get()}. Here the caller asks for
 * the result with it, and the worker looks at the caller's {@link Thread.State} while it works: the
 * caller is parked and does nothing.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch02-concepts compile exec:exec -Dsection=2.4}
 *
 * <p><b>Expected</b> (the same every run: the worker reports the caller's state only once it is WAITING):
 * <pre>
 * caller: task submitted; calling get(), which returns only with the result
 * worker: working; meanwhile the caller thread is WAITING (parked inside get())
 * worker: result ready
 * caller: get() returned 42; while waiting it could do nothing else (synchronous, blocking)
 * </pre>
 */
public final class SyncBlockingGet {

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        Usage.noArguments(args, SyncBlockingGet.class);
        Thread caller = Thread.currentThread();
        AtomicBoolean callerIsInGet = new AtomicBoolean();
        try (ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "worker"))) {
            Future<Integer> answer = worker.submit(() -> {
                // Only to show it: wait until the caller sits in get(), then report its state.
                while (!callerIsInGet.get()) {
                    Thread.onSpinWait();
                }
                Thread.State seen = Waiting.untilState(caller, Thread.State.WAITING, Duration.ofSeconds(10));
                System.out.println("worker: working; meanwhile the caller thread is " + seen + " (parked inside get())");
                Pace.sleepMillis(500);                // the work itself
                System.out.println("worker: result ready");
                return 42;
            });
            System.out.println("caller: task submitted; calling get(), which returns only with the result");
            callerIsInGet.set(true);
            int result = answer.get();            // Python: future.result()
            System.out.println("caller: get() returned " + result
                    + "; while waiting it could do nothing else (synchronous, blocking)");
        }
    }
}

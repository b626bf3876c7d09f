package course.ch02.s04_sync_async;

import course.kit.Pace;
import course.kit.Usage;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * §2.4 Sync/async, blocking/non-blocking (同步异步、阻塞非阻塞) — asynchronous: a callback.
 *
 * <p><b>The Python original</b> calls a call asynchronous when it returns at once, before the work
 * is done; the caller learns of the result later, by checking a state, by a notification, or by a
 * callback that runs when the result is ready.
 *
 * <p><b>In Java</b> {@code supplyAsync(...).thenAccept(callback)} returns at once, before the
 * result exists. The caller goes on with other work; when the result is ready the callback runs —
 * on the worker thread that produced it, not on the caller's. Nobody waits for anybody.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch02-concepts compile exec:exec -Dsection=2.4}
 *
 * <p><b>Expected</b> (the same every run: a latch holds the worker back until the chores are done):
 * <pre>
 * caller: supplyAsync(...).thenAccept(...) returned at once; no result yet
 * caller: doing other work: chore 1
 * caller: doing other work: chore 2
 * caller: doing other work: chore 3
 * worker: result ready
 * callback on thread worker: got 42
 * caller: was told the result by the callback; it never waited for it (asynchronous)
 * </pre>
 */
public final class AsyncCallback {

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, AsyncCallback.class);
        // Only so that the lines come out in the same order every run: the worker finishes
        // after the caller's chores. Real asynchronous code has no such latch.
        CountDownLatch choresDone = new CountDownLatch(1);
        try (ExecutorService workers = Executors.newSingleThreadExecutor(r -> new Thread(r, "worker"))) {
            CompletableFuture<Void> announced = CompletableFuture
                    .supplyAsync(() -> {
                        awaitQuietly(choresDone);
                        System.out.println("worker: result ready");
                        return 42;
                    }, workers)
                    // Python: future.add_done_callback(fn); JavaScript: promise.then(fn)
                    .thenAccept(result -> System.out.println(
                            "callback on thread " + Thread.currentThread().getName() + ": got " + result));
            System.out.println("caller: supplyAsync(...).thenAccept(...) returned at once; no result yet");

            for (int chore = 1; chore <= 3; chore++) {
                System.out.println("caller: doing other work: chore " + chore);
                Pace.sleepMillis(200);
            }
            choresDone.countDown();

            // A program that ends must not end before its callbacks: join() only for that.
            announced.join();
            System.out.println("caller: was told the result by the callback; it never waited for it (asynchronous)");
        }
    }

    static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

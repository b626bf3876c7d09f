package course.ch02.s04_sync_async;

import course.kit.Pace;
import course.kit.Usage;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * §2.4 Sync/async, blocking/non-blocking (同步异步、阻塞非阻塞) — non-blocking: polling
 * {@code isDone()}.
 *
 * <p><b>The Python original</b> calls a call non-blocking when it returns at once even though the
 * result is not there yet: the calling thread is not suspended and may do other things, but it
 * has to come back and ask again.
 *
 * <p><b>In Java</b> {@code isDone()} answers at once, result or not. The caller's thread is never
 * suspended: between two checks it does chores. The price: it must keep asking, and it learns of
 * the result only at its next check.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch02-concepts compile exec:exec -Dsection=2.4}
 *
 * <p><b>Expected</b> (the worker may finish only after chore 3, and how many polls it then takes
 * varies: 4 here, sometimes more, each further one a chore of its own):
 * <pre>
 * caller: task submitted; polling isDone() instead of blocking in get()
 * caller: isDone() = false, so chore 1
 * caller: isDone() = false, so chore 2
 * caller: isDone() = false, so chore 3
 * caller: isDone() = true after 4 polls; get() now returns 42 without waiting (non-blocking)
 * </pre>
 */
public final class PollingIsDone {

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        Usage.noArguments(args, PollingIsDone.class);
        // The worker may finish only after the third chore, so at least three polls say false.
        CountDownLatch mayFinish = new CountDownLatch(1);
        try (ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "worker"))) {
            Future<Integer> answer = worker.submit(() -> {
                mayFinish.await();
                return 42;
            });
            System.out.println("caller: task submitted; polling isDone() instead of blocking in get()");
            int polls = 0;
            while (true) {
                polls++;
                if (answer.isDone()) {              // returns at once, result or not
                    break;
                }
                System.out.println("caller: isDone() = false, so chore " + polls);
                Pace.sleepMillis(100);
                if (polls == 3) {
                    mayFinish.countDown();
                }
            }
            System.out.println("caller: isDone() = true after " + polls + " polls; get() now returns "
                    + answer.get() + " without waiting (non-blocking)");
        }
    }
}

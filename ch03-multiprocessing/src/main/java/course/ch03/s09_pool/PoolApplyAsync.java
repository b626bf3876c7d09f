package course.ch03.s09_pool;

import course.ch03.pool.ProcessPool;
import course.ch03.pool.Reply;
import course.ch03.pool.TaskFuture;
import course.kit.Usage;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * §3.9 Process pool (进程池) — {@code apply_async}: submit everything, get futures, add callbacks.
 *
 * <p><b>The Python original</b> calls {@code apply_async(task, (i,), callback=...)} ten times;
 * each call returns an {@code AsyncResult} at once, the pool's three processes work on the
 * tasks in parallel, {@code close()} and {@code join()} wait for the end, and the results are
 * read with {@code get()}. (Its comment calls {@code apply_async} synchronous and blocking: it
 * is neither. Its last loop prints {@code futrue} instead of {@code future}, so it shows the
 * last result ten times.)
 *
 * <p><b>In Java</b> {@link ProcessPool#submit} returns a {@link TaskFuture}, a
 * {@code CompletableFuture}; {@code thenAccept} is the callback. {@code shutdown()} is Python's
 * {@code close()}, {@code join()} is {@code join()}.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.9}
 *
 * <p><b>Expected</b> (one run; the callbacks' order and the pids vary; the results at the end are
 * in order):
 * <pre>
 * pool of 3 worker JVMs, pids [28732, 28734, 28737]
 * main: 10 tasks submitted, none waited for
 * callback: square(0) = 0 from worker pid 28732
 * callback: square(1) = 1 from worker pid 28737
 * callback: square(3) = 9 from worker pid 28732
 * callback: square(4) = 16 from worker pid 28737
 * callback: square(2) = 4 from worker pid 28734
 * callback: square(5) = 25 from worker pid 28732
 * callback: square(7) = 49 from worker pid 28734
 * callback: square(6) = 36 from worker pid 28737
 * callback: square(9) = 81 from worker pid 28734
 * callback: square(8) = 64 from worker pid 28732
 * main: pool closed and joined; first future ready=true successful=true
 * result 0: square(0) = 0
 * result 1: square(1) = 1
 * result 2: square(2) = 4
 * result 3: square(3) = 9
 * result 4: square(4) = 16
 * result 5: square(5) = 25
 * result 6: square(6) = 36
 * result 7: square(7) = 49
 * result 8: square(8) = 64
 * result 9: square(9) = 81
 * 10 tasks ran in 3 worker processes: [28732, 28734, 28737]
 * </pre>
 */
public final class PoolApplyAsync {

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, PoolApplyAsync.class);
        List<TaskFuture> futures = new ArrayList<>();
        ProcessPool pool = new ProcessPool(3);
        try {
            System.out.println("pool of 3 worker JVMs, pids " + pool.pids());

            // submit() returns at once; the callback runs when the reply arrives, in the pool's
            // thread for that worker (so it must be short, as in Python).
            for (int i = 0; i < 10; i++) {
                int n = i;
                TaskFuture future = pool.submit("square", n);
                future.thenAccept(reply -> System.out.printf("callback: square(%d) = %s from worker pid %d%n",
                        n, reply.value(), reply.workerPid()));
                futures.add(future);
            }
            System.out.println("main: 10 tasks submitted, none waited for");

            // Python: pool.close(); pool.join() — no new tasks, queued ones finish, workers exit.
            pool.shutdown();
            pool.join();
        } finally {
            pool.close();                                  // a no-op after join(); ends the pool on an exception
        }
        TaskFuture first = futures.get(0);
        System.out.printf("main: pool closed and joined; first future ready=%b successful=%b%n",
                first.isDone(), first.isDone() && !first.isCompletedExceptionally());

        // Read each future's own result: the original's loop printed the wrong variable here.
        TreeSet<Long> pidsUsed = new TreeSet<>();
        for (int i = 0; i < futures.size(); i++) {
            Reply reply = ProcessPool.await(futures.get(i));
            System.out.printf("result %d: square(%d) = %s%n", i, i, reply.value());
            pidsUsed.add(reply.workerPid());
        }
        System.out.println("10 tasks ran in " + pidsUsed.size() + " worker processes: " + pidsUsed);
    }
}

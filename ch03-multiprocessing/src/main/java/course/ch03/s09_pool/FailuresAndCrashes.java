package course.ch03.s09_pool;

import course.ch03.pool.ProcessPool;
import course.ch03.pool.Reply;
import course.ch03.pool.TaskFailedException;
import course.ch03.pool.TaskFuture;
import course.ch03.pool.WorkerCrashedException;
import course.kit.Usage;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * §3.9 Process pool (进程池) — when a task fails and when a worker dies.
 *
 * <p><b>The Python original</b> does not show this, and its pool handles it badly: a worker
 * killed in the middle of a task leaves that task's {@code get()} waiting forever.
 *
 * <p><b>In Java</b> {@link ProcessPool} tells the two cases apart. A task that throws an
 * exception fails with {@link TaskFailedException} and its worker keeps serving. A worker that
 * dies — {@code System.exit}, an {@code Error}, a kill from outside — fails the task it was
 * running with {@link WorkerCrashedException}, which says how it died (exit code, signal, last
 * stderr lines), and the pool starts a replacement. Nothing waits forever.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.9}
 *
 * <p><b>Expected</b> (one run; pids vary, and so do the line numbers of the dead worker's stack trace):
 * <pre>
 * pool of 2 worker JVMs, pids [29445, 29447]
 * task failed: fail(no such customer) failed in worker pid 29445: java.lang.IllegalStateException: no such customer
 * after a failed task the workers are the same: true
 * worker crashed: worker pid 29445 died while running exit(3): exit code 3
 * worker crashed: worker pid 29447 died while running error(pretend out of memory): exit code 1; its last stderr lines:
 *     Exception in thread "main" java.lang.Error: pretend out of memory
 *         at course.ch03.pool.PoolWorker.lambda$static$9(PoolWorker.java:81)
 *         at course.ch03.pool.PoolWorker.run(PoolWorker.java:155)
 *         at course.ch03.pool.PoolWorker.main(PoolWorker.java:135)
 * worker crashed: worker pid 29498 died while running sleep(60000): exit code 137 (killed by signal 9)
 * after 3 crashes: map(square-now, [1, 2, 3, 4]) = [1, 4, 9, 16]; still 2 workers, none of the dead pids
 * </pre>
 */
public final class FailuresAndCrashes {

    public static void main(String[] args) throws InterruptedException, ExecutionException, TimeoutException {
        Usage.noArguments(args, FailuresAndCrashes.class);
        // The workers' stderr is not echoed here: a crash report quotes its last lines.
        try (ProcessPool pool = new ProcessPool(2, line -> { })) {
            List<Long> before = pool.pids();
            System.out.println("pool of 2 worker JVMs, pids " + before);

            // 1. The task throws: only the task fails. The exception object stays in the worker;
            //    its text crosses the pipe.
            try {
                pool.apply("fail", "no such customer");
            } catch (TaskFailedException e) {
                System.out.println("task failed: " + e.getMessage());
            }
            System.out.println("after a failed task the workers are the same: " + pool.pids().equals(before));

            // 2. and 3. The worker JVM ends in the middle of the task: System.exit(3), then an
            //    Error that nothing catches.
            reportCrash(pool.submit("exit", 3));
            reportCrash(pool.submit("error", "pretend out of memory"));

            // 4. Killed from outside (kill -9) while it runs: started() tells which worker has it.
            TaskFuture sleeper = pool.submit("sleep", 60_000);
            long victim = sleeper.started().get(20, TimeUnit.SECONDS);
            ProcessHandle.of(victim).ifPresent(ProcessHandle::destroyForcibly);
            reportCrash(sleeper);

            // The pool is whole again: the same number of workers, all of them new or untouched.
            List<Long> values = pool.map("square-now", List.of(1, 2, 3, 4)).stream().map(Reply::asLong).toList();
            System.out.printf("after 3 crashes: map(square-now, [1, 2, 3, 4]) = %s; still %d workers, %s%n",
                    values, pool.pids().size(),
                    pool.pids().contains(victim) ? "one of them dead" : "none of the dead pids");
        }
    }

    private static void reportCrash(TaskFuture task) throws InterruptedException {
        try {
            Reply reply = ProcessPool.await(task);
            System.out.println("no crash?! " + reply);
        } catch (WorkerCrashedException e) {
            System.out.println("worker crashed: " + e.getMessage());
        }
    }
}

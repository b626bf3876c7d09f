package course.ch03.s09_pool;

import course.ch03.pool.ProcessPool;
import course.ch03.pool.Reply;
import course.kit.Usage;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * §3.9 Process pool (进程池) — {@code apply}: one task at a time, the caller waits for each.
 *
 * <p><b>The Python original</b> makes {@code Pool(3)} and calls {@code apply(task, (i,))} for
 * ten numbers; each task prints its pid, sleeps 1–3 s and returns {@code i*i}. The printed pids
 * show three processes doing all ten tasks: a pool starts its workers once and reuses them,
 * because there are usually more tasks than cores and a process is expensive to start.
 * {@code apply} blocks, so the ten tasks run one after another, not in parallel.
 *
 * <p><b>In Java</b> {@link ProcessPool} keeps three worker JVMs; {@code apply} sends a task to an
 * idle one and waits for its {@link Reply}, which carries the result and the worker's pid.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.9}
 * (about 20 s: ten tasks of 1–3 s, one after another)
 *
 * <p><b>Expected</b> (one run; pids vary, and which worker takes which task; only the pool's pids
 * appear, at most three of them):
 * <pre>
 * pool of 3 worker JVMs, pids [26411, 26461, 26482]
 * square(0) = 0    ran in worker pid 26411
 * square(1) = 1    ran in worker pid 26482
 * square(2) = 4    ran in worker pid 26461
 * square(3) = 9    ran in worker pid 26411
 * square(4) = 16   ran in worker pid 26461
 * square(5) = 25   ran in worker pid 26482
 * square(6) = 36   ran in worker pid 26411
 * square(7) = 49   ran in worker pid 26482
 * square(8) = 64   ran in worker pid 26411
 * square(9) = 81   ran in worker pid 26461
 * results: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
 * 10 tasks ran in 3 worker processes: [26411, 26461, 26482]
 * </pre>
 * and on stderr, from the workers (what the original's task prints):
 * {@code [worker pid 26411] worker pid 26411 is running square(0)} and so on.
 */
public final class PoolApply {

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, PoolApply.class);
        List<Long> results = new ArrayList<>();
        TreeSet<Long> pidsUsed = new TreeSet<>();

        // try-with-resources: close() lets queued work finish and waits until every worker
        // JVM has exited, so no process outlives the demo.
        try (ProcessPool pool = new ProcessPool(3)) {
            System.out.println("pool of 3 worker JVMs, pids " + pool.pids());

            // apply() blocks: the next task is sent only after this one's reply came back.
            // (The original stores these results in a list called "futures": they are not
            // futures, they are finished results.)
            for (int i = 0; i < 10; i++) {
                Reply reply = pool.apply("square", i);
                System.out.printf("square(%d) = %-4s ran in worker pid %d%n", i, reply.value(), reply.workerPid());
                results.add(reply.asLong());
                pidsUsed.add(reply.workerPid());
            }
        }
        System.out.println("results: " + results);
        System.out.println("10 tasks ran in " + pidsUsed.size() + " worker processes: " + pidsUsed);
    }
}

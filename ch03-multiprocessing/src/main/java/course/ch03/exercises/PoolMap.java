package course.ch03.exercises;

import course.ch03.pool.ProcessPool;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Exercise 3.9 · PoolMap (easy) — run one pool task per input in parallel, keep the input order, give up at a deadline.
 *
 * <p><b>Task.</b> Implement {@link #map}: submit {@code task(input)} to the {@code pool} for every input
 * <em>before</em> waiting for any result, so that the workers run them in parallel; then return the
 * values of the replies in input order.
 * <ul>
 *   <li>The whole call waits at most {@code timeout}. If results are still missing then, cancel every
 *       task that has not finished and throw {@link TimeoutException} with a message like
 *       {@code "0 of 4 tasks finished within PT0.3S"}.</li>
 *   <li>If tasks fail, throw the exception of the first failing one in input order, as it is
 *       ({@link course.ch03.pool.TaskFailedException} or {@link course.ch03.pool.WorkerCrashedException}).
 *       Before that, cancel every task that has not finished.</li>
 *   <li>{@code null} for any argument → {@link NullPointerException}; a timeout that is zero or
 *       negative → {@link IllegalArgumentException} saying so.</li>
 * </ul>
 *
 * <p><b>Hint.</b> Compute one deadline ({@code System.nanoTime() + timeout}) and give each
 * {@code future.get(...)} only the time that is left of it.
 *
 * <p><b>Reread:</b> §3.9 ({@code ProcessPool.submit}, {@code TaskFuture}, {@code PoolApplyAsync}).
 */
public final class PoolMap {

    private PoolMap() {
    }

    public static List<String> map(ProcessPool pool, String task, List<?> inputs, Duration timeout)
            throws InterruptedException, TimeoutException {
        throw new UnsupportedOperationException("TODO: exercise PoolMap (§3.9) — implement map; see its Javadoc");
    }
}

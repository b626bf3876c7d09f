/**
 * Chapter 3's process pool: Python's {@code multiprocessing.Pool} for Java, taught in §3.9 and used
 * by §3.10's executor, the §3.9 exercises and the benchmarks. It lives here, not in the section
 * package {@code s09_pool}, which holds only the lesson's demos.
 *
 * <ul>
 *   <li>{@link course.ch03.pool.ProcessPool}: the pool — a task queue served by one thread per
 *       worker, each worker's life (start, replacement, stop) in its {@code WorkerSlot}; results as {@link course.ch03.pool.TaskFuture}s of
 *       {@link course.ch03.pool.Reply}s, failures as {@link course.ch03.pool.TaskFailedException}
 *       or {@link course.ch03.pool.WorkerCrashedException};</li>
 *   <li>{@link course.ch03.pool.PoolWorker}: the program every worker JVM runs, and its registry of
 *       tasks;</li>
 *   <li>{@code WorkerProcess} and {@code Wire}: one worker JVM's pipes, and the data-only frames
 *       sent over them.</li>
 * </ul>
 */
package course.ch03.pool;

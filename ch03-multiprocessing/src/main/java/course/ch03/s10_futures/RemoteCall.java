package course.ch03.s10_futures;

import course.ch03.pool.PoolWorker;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * A task as data: a name from the workers' registry ({@link PoolWorker#TASKS}) and its
 * arguments. It is a {@link Callable}, so any {@code ExecutorService} accepts it:
 * a thread pool runs {@link #call()} in this JVM, a {@link ProcessPoolExecutor} sends the
 * name and arguments to a worker JVM, which runs the same code there.
 *
 * <p>This is also how Python's {@code ProcessPoolExecutor} sends a function: pickled by
 * reference, as "module.name", for the child to import and call. A lambda has no such name,
 * so Python refuses to pickle it, and {@link ProcessPoolExecutor} refuses it too.
 *
 * <p>Like {@link ProcessPoolExecutor}, it belongs to §3.10's lesson and is used only by this
 * section's demos, so it stays in the section's package.
 */
public record RemoteCall(String task, List<String> args) implements Callable<String> {

    public RemoteCall {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(args, "args");
        if (!PoolWorker.TASKS.containsKey(task)) {
            throw new IllegalArgumentException("unknown task '" + task + "'; the workers know "
                    + new TreeSet<>(PoolWorker.TASKS.keySet()));
        }
        args = List.copyOf(args);                          // also rejects null arguments
    }

    /** {@code RemoteCall.of("square", 7)}: each argument is turned into its text. */
    public static RemoteCall of(String task, Object... args) {
        return new RemoteCall(task, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** Runs the task here, in this JVM (what a thread pool does with it). */
    @Override
    public String call() throws Exception {
        return PoolWorker.run(task, args);
    }

    @Override
    public String toString() {
        return task + args.toString().replace('[', '(').replace(']', ')');
    }
}

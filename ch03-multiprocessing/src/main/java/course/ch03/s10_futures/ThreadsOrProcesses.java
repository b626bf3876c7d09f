package course.ch03.s10_futures;

import course.kit.Usage;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.IntStream;

/**
 * §3.10 concurrent.futures process pool (concurrent.futures实现进程池) — threads or processes,
 * behind the same interface.
 *
 * <p><b>The Python original</b> uses {@code ProcessPoolExecutor}; the same module has
 * {@code ThreadPoolExecutor} with the same methods, so switching is a one-word change.
 *
 * <p><b>In Java</b> the same tasks go to a thread pool ({@code Executors.newFixedThreadPool}) and
 * to the process pool ({@link ProcessPoolExecutor}), through the same {@link ExecutorService}
 * calls. The results are equal; the pids that ran them differ: the thread pool runs everything
 * in this JVM, the process pool in its workers. In Java the thread pool is the usual choice —
 * there is no GIL (chapter 4) — and processes are for isolation. The process pool refuses a
 * lambda: it is code, not data.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.10}
 *
 * <p><b>Expected</b> (one run; pids vary, and so does how many of the process pool's workers answer
 * and the name the JVM gives the lambda's class):
 * <pre>
 * this JVM is pid 32627
 * thread pool : squares [0, 1, 4, 9, 16, 25, 36, 49, 64, 81], run by pids [32627] (this JVM)
 * process pool: squares [0, 1, 4, 9, 16, 25, 36, 49, 64, 81], run by pids [1661] (worker processes, not this JVM)
 * process pool refuses a lambda: RejectedExecutionException: a process pool runs RemoteCall tasks only (a task name and arguments): course.ch03.s10_futures.ThreadsOrProcesses$$Lambda/0x0000000041050ab8 is code, and code cannot be sent to another JVM without serialization
 * </pre>
 */
public final class ThreadsOrProcesses {

    private static final List<RemoteCall> SQUARES =
            IntStream.range(0, 10).mapToObj(i -> RemoteCall.of("square-now", i)).toList();
    private static final List<RemoteCall> WHERE = IntStream.range(0, 9).mapToObj(i -> RemoteCall.of("pid")).toList();

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        Usage.noArguments(args, ThreadsOrProcesses.class);
        long self = ProcessHandle.current().pid();
        System.out.println("this JVM is pid " + self);

        try (ExecutorService threads = Executors.newFixedThreadPool(3)) {
            report("thread pool ", threads, self);
        }

        try (ExecutorService processes = new ProcessPoolExecutor(3)) {
            report("process pool", processes, self);

            // Code cannot cross into another JVM: the executor says so at once.
            Callable<String> lambda = () -> "computed here";
            try {
                processes.submit(lambda);
            } catch (RejectedExecutionException e) {
                System.out.println("process pool refuses a lambda: RejectedExecutionException: " + e.getMessage());
            }
        }
    }

    // The same calls for both executors: invokeAll waits for all and keeps the order.
    private static void report(String name, ExecutorService executor, long self)
            throws InterruptedException, ExecutionException {
        List<Long> squares = new ArrayList<>();
        for (Future<String> f : executor.invokeAll(SQUARES)) {
            squares.add(Long.parseLong(f.get()));
        }
        TreeSet<Long> pids = new TreeSet<>();
        for (Future<String> f : executor.invokeAll(WHERE)) {
            pids.add(Long.parseLong(f.get()));
        }
        String where = pids.equals(new TreeSet<>(List.of(self))) ? "this JVM"
                : pids.contains(self) ? "this JVM and others?!" : "worker processes, not this JVM";
        System.out.printf("%s: squares %s, run by pids %s (%s)%n", name, squares, pids, where);
    }
}

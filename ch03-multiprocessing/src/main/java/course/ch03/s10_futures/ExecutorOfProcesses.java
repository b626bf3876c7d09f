package course.ch03.s10_futures;

import course.kit.Usage;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * §3.10 concurrent.futures process pool (concurrent.futures实现进程池) — the executor API.
 *
 * <p><b>The Python original</b> makes a {@code ProcessPoolExecutor(3)}, submits ten tasks
 * (print the pid, sleep 1–3 s, return {@code n*n}), keeps the futures, calls
 * {@code shutdown(wait=True)} and then prints every {@code result()}.
 *
 * <p><b>In Java</b> that API is {@link ExecutorService}: {@code submit} returns a
 * {@link Future}, {@code shutdown()} plus {@code awaitTermination} is {@code shutdown(wait=True)},
 * {@code get()} is {@code result()}. {@link ProcessPoolExecutor} puts the §3.9 process pool
 * behind it; the tasks are {@link RemoteCall}s (a name and arguments), because only data can
 * travel to a worker JVM.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.10}
 *
 * <p><b>Expected</b> (one run; pids vary; stderr also shows each worker's "is running" line):
 * <pre>
 * executor with 3 worker JVMs, pids [32734, 326, 337]
 * 10 tasks submitted
 * shutdown and awaitTermination: all done = true
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
 * the tasks were answered by workers [326, 337, 32734]
 * </pre>
 */
public final class ExecutorOfProcesses {

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        Usage.noArguments(args, ExecutorOfProcesses.class);
        List<Future<String>> squares = new ArrayList<>();
        List<Future<String>> whoRan = new ArrayList<>();
        List<Long> workers;

        // ExecutorService is AutoCloseable (Java 19+): close() is shutdown + wait, like `with` in Python.
        try (ExecutorService executor = new ProcessPoolExecutor(3)) {
            workers = ((ProcessPoolExecutor) executor).pids();
            System.out.println("executor with 3 worker JVMs, pids " + workers);

            for (int i = 0; i < 10; i++) {
                squares.add(executor.submit(RemoteCall.of("square", i)));
                whoRan.add(executor.submit(RemoteCall.of("pid")));
            }
            System.out.println("10 tasks submitted");

            // Python's shutdown(wait=True): no new tasks, then wait for the submitted ones.
            executor.shutdown();
            boolean done = executor.awaitTermination(1, TimeUnit.MINUTES);
            System.out.println("shutdown and awaitTermination: all done = " + done);
        }

        for (int i = 0; i < squares.size(); i++) {
            System.out.printf("result %d: square(%d) = %s%n", i, i, squares.get(i).get());
        }
        TreeSet<Long> answered = new TreeSet<>();
        for (Future<String> pid : whoRan) {
            answered.add(Long.parseLong(pid.get()));
        }
        System.out.println("the tasks were answered by workers " + answered
                + (workers.containsAll(answered) ? "" : " (not all of them pool workers?!)"));
    }
}

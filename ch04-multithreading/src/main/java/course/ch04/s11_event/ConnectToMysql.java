package course.ch04.s11_event;

import course.kit.Pace;
import course.kit.Usage;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;

/**
 * §4.11 Event — two workers wait for a database that a checker thread declares ready.
 *
 * <p><b>The Python original</b> starts two "connect to MySQL" threads and one checker. Each
 * worker loops while the event is not set: after 3 failed attempts it raises
 * {@code TimeoutError}, otherwise it prints "attempt n" and waits for the event at most 0.5 s.
 * The checker prints that it is checking, sleeps 2–4 s, and sets the event. Two remarks:
 * <ul>
 *   <li>the line that creates the checker thread lacks its closing parenthesis, so Python
 *       rejects the whole file with a SyntaxError and nothing runs at all;</li>
 *   <li>fixed, it can only ever time out: the workers give up after 3 × 0.5 s = 1.5 s, and the
 *       checker needs at least 2 s. So this demo takes the outcome as an argument:
 *       {@code timeout} keeps the original's numbers, {@code connected} has a quick checker.</li>
 * </ul>
 *
 * <p><b>In Java</b> a {@code Runnable} cannot throw a checked exception; the worker is a {@code Callable}
 * run by a {@link FutureTask}, whose {@code get()} hands its {@link TimeoutException} back to
 * {@code main} wrapped in an {@link ExecutionException} (Python's thread just prints it).
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.11}
 * (both outcomes), or run this class with {@code connected} or {@code timeout} (the default);
 * any other argument, or a second one, gets the usage line on stderr and exit code 2.
 *
 * <p><b>Expected</b> with {@code timeout} (one run: the lines of the three threads interleave
 * differently from run to run, but each worker's lines come in this order, the same lines appear,
 * and the last three lines close every run):
 * <pre>
 * &lt;conn-2&gt; attempt 1 to connect
 * &lt;conn-1&gt; attempt 1 to connect
 * [checker] checking mysql
 * &lt;conn-1&gt; attempt 2 to connect
 * &lt;conn-2&gt; attempt 2 to connect
 * &lt;conn-2&gt; attempt 3 to connect
 * &lt;conn-1&gt; attempt 3 to connect
 * [checker] mysql is up (too late)
 * conn-1 failed: java.util.concurrent.TimeoutException: connection timed out after 3 attempts
 * conn-2 failed: java.util.concurrent.TimeoutException: connection timed out after 3 attempts
 * </pre>
 * With {@code connected}: one attempt each (more if the machine is very busy), then
 * {@code [checker] mysql is up}, {@code <conn-1> connected}, {@code <conn-2> connected}.
 */
public final class ConnectToMysql {

    static final int ATTEMPTS = 3;
    static final Duration PATIENCE = Duration.ofMillis(500);

    private ConnectToMysql() {
    }

    /** The worker: wait for the event, at most {@link #ATTEMPTS} times {@link #PATIENCE}. */
    static Void connect(Event mysqlUp, CountDownLatch firstAttempts) throws InterruptedException, TimeoutException {
        String me = Thread.currentThread().getName();
        int count = 1;
        while (!mysqlUp.isSet()) {
            if (count > ATTEMPTS) {
                throw new TimeoutException("connection timed out after " + ATTEMPTS + " attempts");
            }
            System.out.println("<" + me + "> attempt " + count + " to connect");
            if (count == 1) {
                firstAttempts.countDown();
            }
            mysqlUp.await(Pace.scaled(PATIENCE));
            count++;
        }
        System.out.println("<" + me + "> connected");
        return null;
    }

    /** The checker: find the database up after a while, then set the event. */
    static void check(Event mysqlUp, boolean quick, CountDownLatch firstAttempts, CountDownLatch workersDone)
            throws InterruptedException {
        System.out.println("[checker] checking mysql");
        if (quick) {
            // Up while both workers are waiting in their first attempt.
            firstAttempts.await();
            Pace.sleepMillis(200);
            System.out.println("[checker] mysql is up");
        } else {
            // The original's 2–4 s. Waiting for the workers as well changes nothing on a
            // normal day (they quit after 1.5 s); it makes the outcome certain on a busy one.
            Pace.sleepMillis(ThreadLocalRandom.current().nextLong(2000, 4001));
            workersDone.await();
            System.out.println("[checker] mysql is up (too late)");
        }
        mysqlUp.set();
    }

    public static void main(String[] args) throws InterruptedException {
        String scenario = args.length == 0 ? "timeout" : args[0];
        if (args.length > 1 || !List.of("connected", "timeout").contains(scenario)) {
            Usage.exit("usage: ConnectToMysql [connected|timeout]");
            return;
        }
        Event mysqlUp = new Event();
        CountDownLatch firstAttempts = new CountDownLatch(2);
        CountDownLatch workersDone = new CountDownLatch(2);
        Callable<Void> worker = () -> {
            try {
                return connect(mysqlUp, firstAttempts);
            } finally {
                workersDone.countDown();
            }
        };
        List<FutureTask<Void>> workers = List.of(new FutureTask<>(worker), new FutureTask<>(worker));
        Thread.ofPlatform().name("conn-1").start(workers.get(0));
        Thread.ofPlatform().name("conn-2").start(workers.get(1));
        Thread checker = Thread.ofPlatform().name("checker").start(() -> {
            try {
                check(mysqlUp, scenario.equals("connected"), firstAttempts, workersDone);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        checker.join();
        // Each worker's exception comes back through its future, wrapped.
        for (int i = 0; i < workers.size(); i++) {
            try {
                workers.get(i).get();
            } catch (ExecutionException e) {
                System.out.println("conn-" + (i + 1) + " failed: " + e.getCause());
            }
        }
    }
}

package course.ch04.exercises;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jetbrains.lincheck.Lincheck;

/**
 * Test support for this chapter's thread-safety exercises: runs a small scenario of a few threads
 * under Lincheck's model checker, which does not hope for a bad timing the way a stress loop does,
 * but tries the threads' steps in many different orders, one after another, switching threads
 * right before or after each read or write of shared memory, lock and wait.
 *
 * <ul>
 *   <li>A scenario is an ordinary piece of test code: it creates the exercise's object, starts its
 *       threads with {@link #inParallel}, joins them and checks the outcome with {@link #check}
 *       (not AssertJ: inside the model checker its assertions are slow, and its messages would be
 *       cut into Lincheck's report).</li>
 *   <li>The scenario first runs once as it is, on real threads: an exercise that is not written yet
 *       fails there with its own {@code TODO}, before the model checker starts. Threads that do not
 *       finish there within {@value #PLAIN_RUN_SECONDS} s leave the verdict to the model checker (a
 *       busy machine can be that slow), which tells a deadlock from a slow thread.</li>
 *   <li>When an order goes wrong, the failure names the exercise and says in plain words what the
 *       scenario expected and what went wrong, then shows Lincheck's description of that order;
 *       the whole report, with every step of every thread, is kept in
 *       {@code target/lincheck-failures/}.</li>
 *   <li>A deadlock, or a thread that waits for ever, is one of the outcomes Lincheck reports.</li>
 * </ul>
 *
 * <p>Pitfalls found while writing these tests (Lincheck 3.7 on JDK 25): a failure in a thread that
 * the scenario starts is only logged by Lincheck, so {@link #inParallel} hands it back to the
 * scenario; the objects the threads share must be published through a static field ({@link
 * #inParallel} does it), or Lincheck takes them for thread-local and never switches threads around
 * them (since JDK 19 a new thread's {@code Runnable} sits in an internal holder object); and an
 * object made by a constructor reference ({@code Counter::new}) is made in a class the JVM generates,
 * which Lincheck cannot look into: it never sees that object's fields shared either. And every
 * step outside the exercise's code where threads could switch (a shared field, a lock, a list of
 * threads) costs orders that test nothing: with such steps in the helper, a lost update in a counter
 * took more than 25 orders to find; without them, fewer than 10.
 *
 * <p>Not a test class: the exercise tests use it.
 */
final class ModelCheck {

    /** A system property that sets the number of orders every model check tries, for a longer search. */
    static final String ORDERS_PROPERTY = "course.modelCheck.orders";
    /** Lines of Lincheck's report shown in a failure; the whole report is written to a file. */
    static final int SHOWN_LINES = 40;
    /** How long the threads of the first, plain run may take (they need milliseconds): it must not hang for ever. */
    static final long PLAIN_RUN_SECONDS = 2;

    private ModelCheck() {
    }

    /** A piece of test code that may throw anything. */
    @FunctionalInterface
    interface Body {
        void run() throws Throwable;
    }

    /** Where {@link #inParallel} publishes the shared objects, so that Lincheck watches every access to them. */
    @SuppressWarnings("unused")
    private static volatile Object published;

    /** True while Lincheck runs a scenario; read only by the thread that runs it. */
    private static volatile boolean underLincheck;

    /**
     * Runs {@code scenario} once on real threads, then under Lincheck's model checker in up to
     * {@code orders} different orders of its threads' steps (or as many as the system property
     * {@value #ORDERS_PROPERTY} says). A failure says
     * "Exercise {@code exercise}: {@code expected}", then what went wrong and in which order.
     *
     * @param exercise the exercise as the student knows it, e.g. {@code "4.5 · ThreadSafeCounters (LockCounter)"}
     * @param expected what the scenario checks, in plain words
     */
    static void everyOrder(String exercise, String expected, int orders, Body scenario) {
        Throwable plainFailure = null;
        try {
            scenario.run();                      // the stub's TODO fails here, as itself
        } catch (PlainRunHung inconclusive) {
            // on a busy machine a correct solution may be slow too: the model checker decides
        } catch (AssertionError e) {
            if (e.getCause() instanceof UnsupportedOperationException todo) {
                throw todo;
            }
            plainFailure = e;                    // the model checker below shows in which order it happens
        } catch (UnsupportedOperationException todo) {
            throw todo;
        } catch (Throwable t) {
            plainFailure = t;
        }
        Runnable block = () -> {
            try {
                scenario.run();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        };
        underLincheck = true;
        try {
            Lincheck.runConcurrentTest(Integer.getInteger(ORDERS_PROPERTY, orders), block);
        } catch (AssertionError e) {
            throw explained(exercise, expected, e);
        } catch (LinkageError | RuntimeException e) {
            throw notRunning(e);
        } finally {
            underLincheck = false;
        }
        if (plainFailure != null) {
            AssertionError error = new AssertionError("Exercise " + exercise + ": " + expected + System.lineSeparator()
                    + "What went wrong, when the threads ran as the JVM scheduled them: " + plainFailure.getMessage()
                    + System.lineSeparator() + "(Lincheck found no order of their steps that goes wrong: look at what "
                    + "depends on timing.)", plainFailure);
            throw error;
        }
    }

    /**
     * Starts one thread per body, waits for all of them, and rethrows the first failure as an
     * {@link AssertionError} that names the thread ("thread 2 failed: ...").
     *
     * @param shared everything the bodies read or write (one object, or an array of them)
     */
    static void inParallel(Object shared, Body... bodies) throws InterruptedException {
        published = shared;
        Thread[] threads = new Thread[bodies.length];
        Throwable[] failures = new Throwable[bodies.length];
        for (int i = 0; i < bodies.length; i++) {
            int index = i;
            Body body = bodies[i];
            threads[i] = new Thread(() -> {
                try {
                    body.run();
                } catch (Throwable t) {
                    failures[index] = t;
                }
            });
        }
        if (underLincheck) {
            // As few steps as possible besides the bodies' own: the model checker may switch threads at
            // each, and orders spent on switches here do not test the exercise.
            for (Thread t : threads) {
                t.start();
            }
            for (Thread t : threads) {
                t.join();                        // Lincheck itself reports threads that never finish
            }
        } else {
            plainRun(threads);
        }
        for (int i = 0; i < failures.length; i++) {
            if (failures[i] != null) {
                throw new AssertionError("thread " + (i + 1) + " failed: " + failures[i], failures[i]);
            }
        }
    }

    /** Runs the threads as the JVM schedules them, for at most {@link #PLAIN_RUN_SECONDS}. */
    private static void plainRun(Thread[] threads) throws InterruptedException {
        for (Thread t : threads) {
            t.setDaemon(true);                   // one stuck for ever cannot keep the JVM alive
            t.start();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PLAIN_RUN_SECONDS);
        for (int i = 0; i < threads.length; i++) {
            threads[i].join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            if (threads[i].isAlive()) {
                String state = threads[i].getState().toString();
                for (Thread t : threads) {
                    t.interrupt();               // frees a thread that waits interruptibly
                }
                throw new PlainRunHung("thread " + (i + 1) + " did not finish within " + PLAIN_RUN_SECONDS
                        + " s; it is " + state);
            }
        }
    }

    /** The plain run's threads did not all finish in time: inconclusive, the model checker decides. */
    private static final class PlainRunHung extends AssertionError {
        PlainRunHung(String message) {
            super(message);
        }
    }

    /** Fails the scenario with {@code message} unless {@code ok}. */
    static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }

    private static AssertionError explained(String exercise, String expected, AssertionError lincheck) {
        String report = String.valueOf(lincheck.getMessage());
        String nl = System.lineSeparator();
        String header = "Exercise " + exercise + ": " + expected + nl
                + "What went wrong: " + whatWentWrong(report) + nl
                + "Lincheck (a model checker) tried the threads' steps in many orders; this is one that goes wrong:" + nl;
        Path file = save(exercise, header + report);
        // Lincheck's report: what failed (with a stack trace), the order of the threads' steps in
        // short, then a "Detailed trace:" that can run to hundreds of KB. The failure shows the
        // order in short, at most SHOWN_LINES lines of it.
        int from = report.indexOf("The following interleaving");
        int to = report.indexOf("Detailed trace:");
        String order = report.substring(from < 0 ? 0 : report.indexOf('\n', from) + 1, to < 0 ? report.length() : to);
        List<String> lines = order.strip().lines().toList();
        if (lines.size() > SHOWN_LINES) {
            lines = new ArrayList<>(lines.subList(0, SHOWN_LINES));
            lines.add("... (cut)");
        }
        AssertionError error = new AssertionError(header + String.join(nl, lines) + nl
                + "Every step of every thread: " + (file == null ? "(the report could not be saved)" : file.toAbsolutePath()));
        error.setStackTrace(new StackTraceElement[0]);   // Lincheck's report shows where; these frames add nothing
        return error;
    }

    /** The first line of what the scenario threw, or Lincheck's verdict when the threads never finished. */
    static String whatWentWrong(String report) {
        for (String line : report.lines().toList()) {
            String l = line.strip();
            if (l.startsWith("= ") && (l.contains("hung") || l.contains("deadlock") || l.contains("live-lock"))) {
                return "the threads never all finished (" + l.replace("=", "").strip()
                        + "): a deadlock, or a thread waiting for something that never happens.";
            }
            if (l.matches("([a-z][\\w$]*\\.)+[A-Z][\\w$]*(Error|Exception)(: .*)?")) {
                return l.replaceFirst("^java\\.lang\\.AssertionError: ", "");
            }
        }
        return "see Lincheck's report below.";
    }

    private static AssertionError notRunning(Throwable cause) {
        return new AssertionError("Lincheck, the model checker of this test, did not run on this JVM ("
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + "). It needs a HotSpot JDK (Temurin, OpenJDK, Oracle) and the test JVM flags that "
                + "the root pom gives (course.lincheckJvm). What it said: " + cause, cause);
    }

    /** Keeps a full report in target/lincheck-failures/; null if it could not be written. */
    private static Path save(String exercise, String text) {
        try {
            Path dir = Path.of("target", "lincheck-failures");
            Files.createDirectories(dir);
            Path file = dir.resolve(exercise.replaceAll("[^A-Za-z0-9.]+", "_") + "-" + System.nanoTime() + ".txt");
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            return null;
        }
    }
}

package course.ch03.s02_process;

import course.ch03.process.JavaProcess;
import course.kit.Usage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * §3.2 The Process class (Process类) — what one child JVM costs: start + join of a main that
 * does nothing, timed several times.
 *
 * <p><b>The Python original</b> says processes are heavier than threads. A forked Python child
 * shares the parent's loaded code; a child JVM starts from nothing (loads classes, sets up the
 * heap), so it costs tens of milliseconds. Measure before you start one per small task: that is
 * why §3.9 keeps a pool of long-lived worker JVMs.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.2};
 * alone: {@code StartCost [runs]} (1..1000, default 20; anything else gets a usage line and exit code 2).
 *
 * <p><b>Expected</b> (one run on a busy 2-core machine; the times vary with the machine and its load):
 * <pre>
 * 20 child JVMs, start + join each: median 195 ms (min 39 ms, max 399 ms), all exit codes 0: true
 * </pre>
 */
public final class StartCost {

    private StartCost() {
    }

    /** The trivial child. */
    public static final class Nothing {
        private Nothing() {
        }

        public static void main(String[] args) {
            Usage.noArguments(args, Nothing.class);
            // nothing: the cost measured is the JVM's own
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 || (args.length == 1 && !args[0].matches("[1-9]\\d{0,2}|1000"))) {
            Usage.exit("usage: StartCost [runs 1..1000, default 20]");
            return;
        }
        int runs = args.length == 0 ? 20 : Integer.parseInt(args[0]);
        List<Long> millis = new ArrayList<>();
        boolean allZero = true;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            JavaProcess child = new JavaProcess(Nothing.class);
            child.start();
            child.join();
            millis.add((System.nanoTime() - start) / 1_000_000);
            allZero &= child.exitCode().orElse(-1) == 0;
        }
        Collections.sort(millis);
        long median = millis.size() % 2 == 1 ? millis.get(runs / 2) : (millis.get(runs / 2 - 1) + millis.get(runs / 2)) / 2;
        System.out.printf("%d child JVMs, start + join each: median %d ms (min %d ms, max %d ms), all exit codes 0: %b%n",
                runs, median, millis.getFirst(), millis.getLast(), allZero);
    }
}

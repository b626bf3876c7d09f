package course.ch03.s06_join;

import course.ch03.process.JavaProcess;
import course.ch03.s03_using.Greeter;
import course.kit.Pace;
import course.kit.Usage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * §3.6 join — serial joins against start-all-then-join-all, with the time each takes.
 *
 * <p><b>The Python original</b> starts p1, joins it, and only then starts p2: the children run one
 * after the other ("My name is Yim", a pause, "My name is Jim"). The usual idiom is to start them
 * all first and then join them all: they run at the same time, and the whole takes about as long
 * as the slowest one.
 *
 * <p><b>In Java</b> {@code join()} is {@code Process.waitFor()} (or {@code onExit()} for a
 * {@code CompletableFuture}). Each child here waits {@value #WAIT_SECONDS} s before it answers.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.6}
 *
 * <p><b>Expected</b> (one run on a busy machine; the times vary, and in the second part so does the
 * order of the answers):
 * <pre>
 * My name is Yim
 * My name is Jim
 * serial (start, join, start, join): 2 children took 2808 ms; each waits 1000 ms
 * My name is Kim
 * My name is Tim
 * start all, then join all: 2 children took 1259 ms; each waits 1000 ms
 * </pre>
 */
public final class StartAllThenJoinAll {

    static final int WAIT_SECONDS = 1;

    private StartAllThenJoinAll() {
    }

    public static void main(String[] args) throws Exception {
        Usage.noArguments(args, StartAllThenJoinAll.class);
        long wait = Pace.scaled(Duration.ofSeconds(WAIT_SECONDS)).toMillis();

        // Serial: join() blocks until the child has ended, so the second starts only then.
        long start = System.nanoTime();
        for (String name : List.of("Yim", "Jim")) {
            JavaProcess p = greeter(name);
            p.start();
            p.join();
        }
        System.out.println("serial (start, join, start, join): 2 children took " + millisSince(start)
                + " ms; each waits " + wait + " ms");

        // Start all, then join all: the children overlap.
        start = System.nanoTime();
        List<JavaProcess> children = new ArrayList<>();
        for (String name : List.of("Kim", "Tim")) {
            JavaProcess p = greeter(name);
            p.start();
            children.add(p);
        }
        for (JavaProcess p : children) {
            p.join();
        }
        System.out.println("start all, then join all: 2 children took " + millisSince(start)
                + " ms; each waits " + wait + " ms");
    }

    private static JavaProcess greeter(String name) {
        return new JavaProcess(Greeter.class, List.of(name, String.valueOf(WAIT_SECONDS)), name)
                .forwardOutput(System.out, System.err);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}

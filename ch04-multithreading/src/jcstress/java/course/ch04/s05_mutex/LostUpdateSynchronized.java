package course.ch04.s05_mutex;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * §4.5 The lost update, fixed: the same {@code x++} by two threads, inside {@code synchronized}.
 *
 * <p>Only one thread at a time holds the monitor, so the second read sees the first write:
 * 2 is the only acceptable outcome, and jcstress fails the test if it ever sees 1.
 *
 * <p>Run: {@code ./mvnw -pl ch04-multithreading -Pjcstress verify} (the chapter README shows a real
 * table, and what it says).
 */
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments counted")
@Outcome(id = "1", expect = FORBIDDEN, desc = "lost update: must not happen under a lock")
@State
public class LostUpdateSynchronized {

    int x;

    @Actor
    public void actor1() {
        synchronized (this) {
            x++;
        }
    }

    @Actor
    public void actor2() {
        synchronized (this) {
            x++;
        }
    }

    @Arbiter
    public void arbiter(I_Result r) {
        r.r1 = x;
    }
}

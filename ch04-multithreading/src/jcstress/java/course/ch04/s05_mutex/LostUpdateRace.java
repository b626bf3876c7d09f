package course.ch04.s05_mutex;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

/**
 * §4.5 The lost update, measured: two threads each do {@code x++} on a plain {@code int}, once.
 *
 * <p>{@code x++} is three steps (read x, add one, write x back). When both threads read 0 before
 * either writes, both write 1, and one increment is lost. jcstress runs this millions of times,
 * each time on a fresh {@code x = 0}; the arbiter reads {@code x} after both actors are done,
 * and the outcome table says how often each final value was seen.
 *
 * <p>Run: {@code ./mvnw -pl ch04-multithreading -Pjcstress verify} (the chapter README shows a real
 * table, and what it says).
 */
@JCStressTest
@Outcome(id = "1", expect = ACCEPTABLE_INTERESTING, desc = "lost update: both read 0, both wrote 1")
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments counted")
@State
public class LostUpdateRace {

    int x;

    @Actor
    public void actor1() {
        x++;
    }

    @Actor
    public void actor2() {
        x++;
    }

    @Arbiter
    public void arbiter(I_Result r) {
        r.r1 = x;
    }
}

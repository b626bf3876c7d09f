package course.ch02.s03_parallelism;

import course.kit.Pace;

import java.util.List;

/** The two activities of the analogy, step by step, and how long one step takes. */
final class Meal {

    static final List<String> BITES = List.of("bite 1", "bite 2", "bite 3");
    static final List<String> TURNS = List.of("\"Hello?\"", "\"Yes, I'm eating.\"", "\"Bye!\"");

    /** One step of either activity: chewing or talking takes a while. */
    static void takeTime() throws InterruptedException {
        Pace.sleepMillis(300);
    }

    private Meal() {
    }
}

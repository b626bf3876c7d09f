package course.ch02.s03_parallelism;

import course.kit.Usage;

import java.util.Locale;

/**
 * §2.3 Concurrency vs parallelism (并发与并行) — case 1: finish eating, then answer the phone.
 *
 * <p><b>The Python original</b> explains the two words with a meal interrupted by a phone call:
 * if you finish eating and only then answer, you do the two neither concurrently nor in
 * parallel; if you stop eating, answer, and go back to eating, you handle them concurrently;
 * if you eat while you talk, you do them in parallel.
 *
 * <p><b>In Java</b> the first case is one thread that does one activity to the end, then the other.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch02-concepts compile exec:exec -Dsection=2.3}
 *
 * <p><b>Expected</b> (the times vary a little from run to run; nothing else does):
 * <pre>
 * [ 0.30 s] main    eat: bite 1
 * [ 0.63 s] main    eat: bite 2
 * [ 0.93 s] main    eat: bite 3
 * [ 1.23 s] main    phone: "Hello?"
 * [ 1.53 s] main    phone: "Yes, I'm eating."
 * [ 1.83 s] main    phone: "Bye!"
 * Sequential: 6 steps, one after the other, on 1 thread: 1.83 s.
 * </pre>
 */
public final class EatThenAnswer {

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, EatThenAnswer.class);
        Timeline timeline = new Timeline();
        // The caller on the phone waits until the meal is over: nothing overlaps.
        for (String bite : Meal.BITES) {
            Meal.takeTime();
            timeline.step("eat", bite);
        }
        for (String turn : Meal.TURNS) {
            Meal.takeTime();
            timeline.step("phone", turn);
        }
        System.out.println(String.format(Locale.ROOT,
                "Sequential: 6 steps, one after the other, on 1 thread: %.2f s.", timeline.seconds()));
    }
}

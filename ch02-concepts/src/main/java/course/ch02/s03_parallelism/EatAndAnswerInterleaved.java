package course.ch02.s03_parallelism;

import course.kit.Usage;

import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * §2.3 Concurrency vs parallelism (并发与并行) — case 2: stop eating, answer, go back to eating.
 *
 * <p><b>The Python original</b> calls the second way concurrent: you put the meal aside, answer,
 * and go back to eating after the call. Both activities are under way over the same stretch of
 * time, but at any one instant you do only one of them.
 *
 * <p><b>In Java</b> the two take turns on a <em>single</em> thread: a single-thread executor runs
 * one step of an activity, which then queues its next step behind the other's. That is
 * concurrency without parallelism — what one CPU core does with many processes, and what Python's
 * asyncio does.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch02-concepts compile exec:exec -Dsection=2.3}
 *
 * <p><b>Expected</b> (the times vary a little from run to run; nothing else does):
 * <pre>
 * [ 0.30 s] single  eat: bite 1
 * [ 0.61 s] single  phone: "Hello?"
 * [ 0.91 s] single  eat: bite 2
 * [ 1.22 s] single  phone: "Yes, I'm eating."
 * [ 1.52 s] single  eat: bite 3
 * [ 1.82 s] single  phone: "Bye!"
 * Concurrent: both activities in progress at once, taking turns on 1 thread: 1.82 s.
 * </pre>
 */
public final class EatAndAnswerInterleaved {

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, EatAndAnswerInterleaved.class);
        Timeline timeline = new Timeline();
        CountDownLatch bothDone = new CountDownLatch(2);
        // One thread, one queue of work. Each activity does one step and then puts its next
        // step at the back of the queue, so the two take turns: eat, phone, eat, phone, ...
        try (ExecutorService single = Executors.newSingleThreadExecutor(r -> new Thread(r, "single"))) {
            single.execute(() -> stepThenRequeue(single, timeline, "eat", Meal.BITES.iterator(), bothDone));
            single.execute(() -> stepThenRequeue(single, timeline, "phone", Meal.TURNS.iterator(), bothDone));
            bothDone.await();
        }   // close() shuts the executor down and waits for it
        System.out.println(String.format(Locale.ROOT,
                "Concurrent: both activities in progress at once, taking turns on 1 thread: %.2f s.",
                timeline.seconds()));
    }

    static void stepThenRequeue(ExecutorService single, Timeline timeline, String activity,
                                Iterator<String> steps, CountDownLatch done) {
        try {
            Meal.takeTime();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();     // let the executor see it; stop this activity
            return;
        }
        timeline.step(activity, steps.next());
        if (steps.hasNext()) {
            single.execute(() -> stepThenRequeue(single, timeline, activity, steps, done));
        } else {
            done.countDown();
        }
    }
}

package course.ch02.s03_parallelism;

import course.kit.Usage;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * §2.3 Concurrency vs parallelism (并发与并行) — case 3: eat while you are on the phone.
 *
 * <p><b>The Python original</b> calls the third way parallel: you eat while you talk, so the two
 * activities go on at the same instant, not merely in the same stretch of time. A computer needs
 * more than one CPU for that.
 *
 * <p><b>In Java</b> that is two threads, one per activity. A barrier makes them start every step
 * together, so each pair of lines below happened during the same 0.3 s: the whole meal takes half
 * as long.
 * Chewing here is a sleep, which needs no CPU; that two threads also <em>compute</em> at the
 * same instant on two cores is what {@link SpeedupMeasurement} measures.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch02-concepts compile exec:exec -Dsection=2.3}
 *
 * <p><b>Expected</b> (the times vary a little, and within a pair of steps either thread may print
 * first):
 * <pre>
 * [ 0.31 s] eater   eat: bite 1
 * [ 0.31 s] talker  phone: "Hello?"
 * [ 0.61 s] talker  phone: "Yes, I'm eating."
 * [ 0.61 s] eater   eat: bite 2
 * [ 0.91 s] eater   eat: bite 3
 * [ 0.91 s] talker  phone: "Bye!"
 * Parallel: both activities step by step at the same time, on 2 threads: 0.91 s.
 * </pre>
 */
public final class EatWhileOnThePhone {

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, EatWhileOnThePhone.class);
        Timeline timeline = new Timeline();
        CyclicBarrier stepTogether = new CyclicBarrier(2);
        Thread eater = new Thread(() -> activity(timeline, "eat", Meal.BITES, stepTogether), "eater");
        Thread talker = new Thread(() -> activity(timeline, "phone", Meal.TURNS, stepTogether), "talker");
        eater.start();
        talker.start();
        eater.join();
        talker.join();
        System.out.println(String.format(Locale.ROOT,
                "Parallel: both activities step by step at the same time, on 2 threads: %.2f s.",
                timeline.seconds()));
    }

    static void activity(Timeline timeline, String activity, List<String> steps, CyclicBarrier stepTogether) {
        try {
            for (String step : steps) {
                stepTogether.await();       // neither starts step k+1 before both finished step k
                Meal.takeTime();
                timeline.step(activity, step);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stepTogether.reset();           // wake the other activity instead of leaving it waiting
        } catch (BrokenBarrierException e) {
            System.out.println(activity + ": the other activity stopped, so this one stops too");
        }
    }
}

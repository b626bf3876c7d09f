package course.ch04.s03_start;

import course.kit.Pace;
import course.kit.Usage;

import java.time.Duration;

/**
 * §4.3 Two ways to start a thread (开线程的两种方式) — way 1: hand a task to a {@code Thread}.
 *
 * <p><b>The Python original</b> creates {@code Thread(target=task, args=('egon',))}, starts
 * it, and prints a line from the main thread; the task prints "egon is running", sleeps 2 s
 * and prints "egon is done".
 *
 * <p><b>In Java</b> the task is a {@link Runnable}: an object with one method, {@code run()}. A
 * lambda is the shortest way to write one, and it can pass arguments by simply calling a
 * method with them, so there is no {@code args=} tuple.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.3}
 *
 * <p><b>Expected</b> (main's "started" line may come anywhere before its "has finished": from
 * {@code start()} on, both threads run at the same time):
 * <pre>
 * main: started Thread-0
 * egon is running
 * egon is done
 * main: Thread-0 has finished
 * alex is running
 * alex is done
 * main: the Runnable object ran too
 * </pre>
 */
public final class WithRunnable {

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, WithRunnable.class);
        // A lambda: the target function and its argument in one expression.
        Thread t = new Thread(() -> task("egon"));
        t.start();                                   // returns at once; task() runs in t
        System.out.println("main: started " + t.getName());
        t.join();                                    // wait until task() has returned
        System.out.println("main: " + t.getName() + " has finished");

        // The same without a lambda: any object that implements Runnable will do.
        Runnable alex = new Task("alex");
        Thread t2 = new Thread(alex, "alex-thread");
        t2.start();
        t2.join();
        System.out.println("main: the Runnable object ran too");
    }

    static void task(String name) {
        System.out.println(name + " is running");
        try {
            Pace.sleep(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            // Someone asked this thread to stop: keep the request visible and end early.
            Thread.currentThread().interrupt();
            return;
        }
        System.out.println(name + " is done");
    }

    /** A named class implementing Runnable, for readers who prefer no lambdas. */
    record Task(String name) implements Runnable {
        @Override
        public void run() {
            task(name);
        }
    }
}

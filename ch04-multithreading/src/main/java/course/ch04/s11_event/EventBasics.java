package course.ch04.s11_event;

import course.kit.Pace;
import course.kit.Usage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * §4.11 Event — what {@link Event} does, and the one-shot event Java already has.
 *
 * <p><b>The Python original</b> introduces {@code threading.Event}: {@code is_set()},
 * {@code wait()} (blocks while the flag is false, optionally with a timeout), {@code set()}
 * (wakes every waiter) and {@code clear()}. Java has no such class. A
 * {@link CountDownLatch} of 1 is an event that can be set exactly once; a re-settable one takes
 * a lock and a condition: see {@link Event}.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.11}
 *
 * <p><b>Expected</b> (every line, every run):
 * <pre>
 * new Event: isSet() = false
 * await(0.2 s) while nobody sets it: false
 * set() woke every waiter: [waiter-1, waiter-2, waiter-3]
 * after set(): isSet() = true, await() returns at once: true
 * after clear(): isSet() = false, await(0.2 s): false
 * CountDownLatch(1) after countDown(): getCount() = 0, await(0.2 s): true; it can never be closed again
 * </pre>
 */
public final class EventBasics {

    private EventBasics() {
    }

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, EventBasics.class);
        Duration shortWait = Pace.scaled(Duration.ofMillis(200));
        Event event = new Event();
        System.out.println("new Event: isSet() = " + event.isSet());
        System.out.println("await(0.2 s) while nobody sets it: " + event.await(shortWait));

        // Three threads wait for the flag; one set() releases all of them.
        var woken = new ConcurrentSkipListSet<String>();
        List<Thread> waiters = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            waiters.add(Thread.ofPlatform().name("waiter-" + i).start(() -> {
                try {
                    event.await();
                    woken.add(Thread.currentThread().getName());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        event.set();
        for (Thread waiter : waiters) {
            waiter.join();
        }
        System.out.println("set() woke every waiter: " + woken);
        System.out.println("after set(): isSet() = " + event.isSet()
                + ", await() returns at once: " + event.await(Duration.ZERO));

        // Unlike a latch, an Event can be lowered again; then waiting waits again.
        event.clear();
        System.out.println("after clear(): isSet() = " + event.isSet() + ", await(0.2 s): " + event.await(shortWait));

        // The one-shot event of java.util.concurrent: open for good after one countDown().
        CountDownLatch latch = new CountDownLatch(1);
        latch.countDown();
        System.out.println("CountDownLatch(1) after countDown(): getCount() = " + latch.getCount()
                + ", await(0.2 s): " + latch.await(shortWait.toNanos(), TimeUnit.NANOSECONDS)
                + "; it can never be closed again");
    }
}

package course.ch02.exercises;

/**
 * Exercise 2.8 · ThreadStateQuiz (medium) — which {@link Thread.State} does a thread report in
 * each situation, and which of the three process states of §2.8 does that mean?
 *
 * <p><b>Task.</b> Implement:
 * <ul>
 *   <li>{@link #stateOf(Situation)}: the state that {@code thread.getState()} returns while the
 *       thread is in that situation;</li>
 *   <li>{@link #modelOf(Thread.State)}: RUNNABLE → {@link Model#RUNNING_OR_READY}; the three
 *       kinds of waiting → {@link Model#BLOCKED}; NEW and TERMINATED →
 *       {@link Model#NOT_ALIVE} (before and after a life, not one of its states).</li>
 * </ul>
 * {@code null} is rejected with a {@link NullPointerException}.
 *
 * <p><b>Hint.</b> Read the Javadoc of {@link Thread.State}: a thread blocked in native I/O is
 * RUNNABLE as far as the JVM knows, and a {@code ReentrantLock} parks (it is not a monitor).
 *
 * <p><b>Reread:</b> §2.8 ({@code ThreadStates}).
 */
public final class ThreadStateQuiz {

    /** Where the thread is, while another thread calls {@code getState()} on it. */
    public enum Situation {
        /** created with {@code new Thread(...)}, {@code start()} not called yet */
        CREATED,
        /** computing in a loop */
        COMPUTING,
        /** inside a blocking {@code socket.getInputStream().read()}, no data has arrived */
        READING_A_SOCKET,
        /** trying to enter a {@code synchronized} block whose monitor another thread holds */
        ENTERING_A_HELD_MONITOR,
        /** inside {@code lock()} of a {@code ReentrantLock} that another thread holds */
        LOCKING_A_HELD_REENTRANT_LOCK,
        /** inside {@code object.wait()} */
        IN_OBJECT_WAIT,
        /** inside {@code object.wait(1000)} */
        IN_OBJECT_WAIT_WITH_TIMEOUT,
        /** woken by {@code notify()}, but the notifier still holds the monitor */
        WOKEN_BY_NOTIFY_MONITOR_STILL_HELD,
        /** inside {@code Thread.sleep(1000)} */
        SLEEPING,
        /** inside {@code other.join()} while the other thread runs */
        JOINING,
        /** inside {@code latch.await(5, SECONDS)} of a {@code CountDownLatch} not yet at zero */
        AWAITING_A_LATCH_WITH_TIMEOUT,
        /** inside {@code future.get()} of a task still running */
        IN_FUTURE_GET,
        /** its {@code run()} threw an exception that nothing caught */
        DIED_OF_AN_EXCEPTION
    }

    /** The three process states of §2.8, plus "not alive" for before and after. */
    public enum Model { RUNNING_OR_READY, BLOCKED, NOT_ALIVE }

    private ThreadStateQuiz() {
    }

    public static Thread.State stateOf(Situation situation) {
        throw new UnsupportedOperationException("TODO: exercise ThreadStateQuiz (§2.8) — implement stateOf; see its Javadoc");
    }

    public static Model modelOf(Thread.State state) {
        throw new UnsupportedOperationException("TODO: exercise ThreadStateQuiz (§2.8) — implement modelOf; see its Javadoc");
    }
}

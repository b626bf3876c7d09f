package course.ch02.exercises;

import java.util.Objects;

/** Reference solution of exercise 2.8 · ThreadStateQuiz. */
public final class ThreadStateQuiz {

    /** Where the thread is, while another thread calls {@code getState()} on it. */
    public enum Situation {
        CREATED,
        COMPUTING,
        READING_A_SOCKET,
        ENTERING_A_HELD_MONITOR,
        LOCKING_A_HELD_REENTRANT_LOCK,
        IN_OBJECT_WAIT,
        IN_OBJECT_WAIT_WITH_TIMEOUT,
        WOKEN_BY_NOTIFY_MONITOR_STILL_HELD,
        SLEEPING,
        JOINING,
        AWAITING_A_LATCH_WITH_TIMEOUT,
        IN_FUTURE_GET,
        DIED_OF_AN_EXCEPTION
    }

    /** The three process states of §2.8, plus "not alive" for before and after. */
    public enum Model { RUNNING_OR_READY, BLOCKED, NOT_ALIVE }

    private ThreadStateQuiz() {
    }

    public static Thread.State stateOf(Situation situation) {
        Objects.requireNonNull(situation, "situation must not be null");
        return switch (situation) {
            case CREATED -> Thread.State.NEW;
            // Native code (a socket read) is RUNNABLE to the JVM, even while the OS has it asleep.
            case COMPUTING, READING_A_SOCKET -> Thread.State.RUNNABLE;
            // Only monitors (synchronized) make BLOCKED, also when re-entering after wait().
            case ENTERING_A_HELD_MONITOR, WOKEN_BY_NOTIFY_MONITOR_STILL_HELD -> Thread.State.BLOCKED;
            // java.util.concurrent parks threads: WAITING, or TIMED_WAITING with a deadline.
            case LOCKING_A_HELD_REENTRANT_LOCK, IN_OBJECT_WAIT, JOINING, IN_FUTURE_GET -> Thread.State.WAITING;
            case IN_OBJECT_WAIT_WITH_TIMEOUT, SLEEPING, AWAITING_A_LATCH_WITH_TIMEOUT -> Thread.State.TIMED_WAITING;
            case DIED_OF_AN_EXCEPTION -> Thread.State.TERMINATED;
        };
    }

    public static Model modelOf(Thread.State state) {
        Objects.requireNonNull(state, "state must not be null");
        return switch (state) {
            case RUNNABLE -> Model.RUNNING_OR_READY;
            case BLOCKED, WAITING, TIMED_WAITING -> Model.BLOCKED;
            case NEW, TERMINATED -> Model.NOT_ALIVE;
        };
    }
}

package course.ch02.exercises;

import course.ch02.exercises.ThreadStateQuiz.Model;
import course.ch02.exercises.ThreadStateQuiz.Situation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Exercise 2.8 · ThreadStateQuiz (medium)")
class ThreadStateQuizTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "CREATED, NEW",
        "COMPUTING, RUNNABLE",
        "ENTERING_A_HELD_MONITOR, BLOCKED",
        "IN_OBJECT_WAIT, WAITING",
        "IN_OBJECT_WAIT_WITH_TIMEOUT, TIMED_WAITING",
        "SLEEPING, TIMED_WAITING",
        "JOINING, WAITING",
        "AWAITING_A_LATCH_WITH_TIMEOUT, TIMED_WAITING",
        "IN_FUTURE_GET, WAITING",
        "DIED_OF_AN_EXCEPTION, TERMINATED",
    })
    @DisplayName("the plain situations report the state their name suggests")
    void plainSituations(Situation situation, Thread.State expected) {
        assertThat(ThreadStateQuiz.stateOf(situation)).as("state while %s", situation).isEqualTo(expected);
    }

    @Test
    @DisplayName("a thread blocked in a socket read is RUNNABLE: the JVM cannot see it wait inside native code")
    void socketReadIsRunnable() {
        assertThat(ThreadStateQuiz.stateOf(Situation.READING_A_SOCKET)).isEqualTo(Thread.State.RUNNABLE);
    }

    @Test
    @DisplayName("waiting for a held ReentrantLock is WAITING, not BLOCKED: the lock parks, it is no monitor")
    void reentrantLockParks() {
        assertThat(ThreadStateQuiz.stateOf(Situation.LOCKING_A_HELD_REENTRANT_LOCK)).isEqualTo(Thread.State.WAITING);
    }

    @Test
    @DisplayName("after notify(), the woken thread is BLOCKED until it gets the monitor back")
    void notifiedButMonitorHeld() {
        assertThat(ThreadStateQuiz.stateOf(Situation.WOKEN_BY_NOTIFY_MONITOR_STILL_HELD)).isEqualTo(Thread.State.BLOCKED);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "RUNNABLE, RUNNING_OR_READY",
        "BLOCKED, BLOCKED",
        "WAITING, BLOCKED",
        "TIMED_WAITING, BLOCKED",
        "NEW, NOT_ALIVE",
        "TERMINATED, NOT_ALIVE",
    })
    @DisplayName("each Thread.State maps onto the three-state model")
    void threeStateModel(Thread.State state, Model expected) {
        assertThat(ThreadStateQuiz.modelOf(state)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Situation.class)
    @DisplayName("every situation has an answer, and its model is consistent with it")
    void everySituationAnswered(Situation situation) {
        Thread.State state = ThreadStateQuiz.stateOf(situation);
        assertThat(state).isNotNull();
        assertThat(ThreadStateQuiz.modelOf(state)).isNotNull();
    }

    @Test
    @DisplayName("null is rejected with a NullPointerException")
    void rejectsNull() {
        assertThatThrownBy(() -> ThreadStateQuiz.stateOf(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ThreadStateQuiz.modelOf(null)).isInstanceOf(NullPointerException.class);
    }
}

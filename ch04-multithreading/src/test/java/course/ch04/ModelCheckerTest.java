package course.ch04;

import org.jetbrains.lincheck.Lincheck;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Lincheck, the model checker of this chapter's thread-safety exercise tests, works on the JDK that
 * runs the tests: it starts, and it finds a lost update that a plain run almost never shows. If it
 * did not, the exercises' model checks would prove nothing, so this test fails with what to do.
 */
@DisplayName("The model checker of the exercise tests (Lincheck)")
@Timeout(60)
class ModelCheckerTest {

    /** A counter without a lock: two threads that add at the same time can lose one update. */
    static final class PlainCounter {
        int count;
    }

    /** Where the two threads' counter is published, so that Lincheck sees it shared. */
    @SuppressWarnings("unused")
    private static volatile Object shared;

    private static void twoThreadsIncrement(boolean locked) {
        PlainCounter counter = new PlainCounter();
        shared = counter;
        Runnable increment = () -> {
            if (locked) {
                synchronized (counter) {
                    counter.count++;
                }
            } else {
                counter.count++;
            }
        };
        Thread first = new Thread(increment);
        Thread second = new Thread(increment);
        first.start();
        second.start();
        try {
            first.join();
            second.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (counter.count != 2) {
            throw new AssertionError("count is " + counter.count + " after two increments");
        }
    }

    @Test
    @DisplayName("runs on this JDK, finds the lost update of count++ without a lock, and passes it with one")
    void findsALostUpdate() {
        String jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
        AssertionError found = null;
        try {
            Lincheck.runConcurrentTest(50, () -> twoThreadsIncrement(false));
        } catch (AssertionError e) {
            found = e;
        } catch (LinkageError | RuntimeException e) {
            fail("Lincheck does not run on %s: %s%nThe model-checked exercise tests of chapter 4 need it: run the course "
                    + "on a JDK 21 or newer (HotSpot: Temurin, OpenJDK, Oracle) with the test JVM flags of "
                    + "the root pom (course.lincheckJvm).", jdk, e);
        }
        assertThat(found).as("Lincheck on %s: a failure for count++ by two threads without a lock (a lost update)", jdk)
                .isNotNull();
        assertThat(found.getMessage()).as("Lincheck's report").contains("count is 1 after two increments");
        Lincheck.runConcurrentTest(50, () -> twoThreadsIncrement(true));
    }
}

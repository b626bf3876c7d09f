package course.ch07.leaks;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;

/** A test class that leaves a thread running, for LeakCheckTest (surefire leaves it out: kit/test-kit/pom.xml). */
class LeakingTest {

    static final CountDownLatch RELEASE = new CountDownLatch(1);

    @Test
    void leavesAThreadRunning() {
        new Thread(() -> {
            try {
                RELEASE.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "left-behind").start();
    }
}

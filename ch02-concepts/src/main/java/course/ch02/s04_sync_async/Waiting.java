package course.ch02.s04_sync_async;

import java.time.Duration;

/** Polls another thread's state, for the demos of §2.4 that show what a waiting caller does. */
final class Waiting {

    private Waiting() {
    }

    /**
     * Returns {@code wanted} as soon as {@code thread} is in that state, or the state it is in
     * when {@code limit} has passed. Polling another thread is fine for showing a state; it is
     * not a way to hand over work (that is what futures, latches and queues are for).
     */
    static Thread.State untilState(Thread thread, Thread.State wanted, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        Thread.State state = thread.getState();
        while (state != wanted && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            state = thread.getState();
        }
        return state;
    }
}

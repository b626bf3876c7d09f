package course.ch03.process;

import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * For the {@code @AfterAll} of every test class that starts processes: none may be left.
 * A child that is being stopped gets a short grace to finish; whatever is still there after it
 * is killed (so that one broken test does not spoil the next) and reported as a failure.
 */
public final class ChildProcesses {

    private ChildProcesses() {
    }

    public static void assertNoneLeft() {
        try {
            await("every child process of this JVM has ended")
                    .atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                    .until(() -> ProcessHandle.current().descendants().findAny().isEmpty());
        } catch (ConditionTimeoutException e) {
            List<ProcessHandle> left = ProcessHandle.current().descendants().toList();
            String described = left.stream()
                    .map(h -> h.pid() + " " + h.info().commandLine().orElse("?"))
                    .collect(Collectors.joining("\n  "));
            left.forEach(ProcessHandle::destroyForcibly);
            throw new AssertionError("child processes left behind (now killed):\n  " + described, e);
        }
    }
}

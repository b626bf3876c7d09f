package course.kit.test;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Duration;

/**
 * Makes every {@code await()} of the course's tests check its condition at once and then every
 * 10 ms. Awaitility's own default is to check first after 100 ms and then every 100 ms: each wait
 * would cost at least a tenth of a second even when the condition already holds, and a suite
 * that waits a few hundred times would spend most of its time asleep.
 *
 * <p>A wait that sets its own poll interval or delay keeps it. Registered, like {@link LeakCheck},
 * through the kit's {@code META-INF/services/org.junit.jupiter.api.extension.Extension}.
 */
public final class QuickPolling implements BeforeAllCallback {

    static final Duration INTERVAL = Duration.ofMillis(10);

    @Override
    public void beforeAll(ExtensionContext context) {
        Awaitility.setDefaultPollDelay(Duration.ZERO);
        Awaitility.setDefaultPollInterval(INTERVAL);
    }
}

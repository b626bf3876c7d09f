package course.kit.test;

import course.kit.ChildJvm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@DisplayName("The check that no test leaves a process behind")
class LeakCheckTest {

    @Test
    @Timeout(20)
    @DisplayName("sees a child JVM while it runs, and no longer once it has been waited for")
    void seesALiveChild() throws Exception {
        Process child = ChildJvm.builder(ReadyThenWaits.class)
                .redirectErrorStream(true).start();
        try {
            assertThat(child.inputReader().readLine()).isEqualTo("ready");
            assertThat(LeakCheck.leftoverProcesses()).extracting(ProcessHandle::pid).contains(child.pid());
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).as("child ended").isTrue();
        }
        assertThat(LeakCheck.leftoverProcesses()).extracting(ProcessHandle::pid).doesNotContain(child.pid());
    }

    @Test
    @Timeout(30)
    @DisplayName("sees an orphan: a JVM on this class path whose parent has ended is no longer our descendant, and still ours")
    void seesAnOrphan() throws Exception {
        Process parent = ChildJvm.builder(OrphanMaker.class).redirectErrorStream(true).start();
        long orphanPid = Long.parseLong(parent.inputReader().readLine().strip());
        try {
            assertThat(parent.waitFor(10, TimeUnit.SECONDS)).as("the orphan's parent ended").isTrue();
            ProcessHandle orphan = ProcessHandle.of(orphanPid).orElseThrow();
            assertThat(ProcessHandle.current().descendants()).extracting(ProcessHandle::pid).doesNotContain(orphanPid);
            assertThat(LeakCheck.leftoverProcesses()).extracting(ProcessHandle::pid).contains(orphanPid);
            orphan.destroyForcibly();
            // Killed, it is no longer running even while it waits for its new parent to reap it.
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(LeakCheck.leftoverProcesses()).extracting(ProcessHandle::pid).doesNotContain(orphanPid));
        } finally {
            ProcessHandle.of(orphanPid).ifPresent(ProcessHandle::destroyForcibly);
            parent.destroyForcibly();
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("is on in every run that has the kit's JUnit settings on its class path, and fails a class that leaves a thread, by name")
    void failsALeakingClass() throws Exception {
        var summary = new org.junit.platform.launcher.listeners.SummaryGeneratingListener();
        // No configuration given here: autodetection comes from the kit's junit-platform.properties,
        // as in every chapter's run, the course check's exercise runs and the grader's.
        var request = org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request()
                .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectClass("course.ch07.leaks.LeakingTest"))
                .configurationParameter(LeakCheck.GRACE_SECONDS, "1")
                // This run's failure is the point: keep it out of the module's own test report.
                .configurationParameter("junit.platform.reporting.open.xml.enabled", "false")
                .build();
        try {
            org.junit.platform.launcher.core.LauncherFactory.create().execute(request, summary);
        } finally {
            var release = Class.forName("course.ch07.leaks.LeakingTest").getDeclaredField("RELEASE");
            release.setAccessible(true);
            ((java.util.concurrent.CountDownLatch) release.get(null)).countDown();   // the thread may end now
        }
        assertThat(summary.getSummary().getTestsSucceededCount()).as("the test itself passed").isEqualTo(1);
        assertThat(summary.getSummary().getFailures()).singleElement()
                .satisfies(f -> assertThat(f.getException()).hasMessageContaining("LeakingTest left things running after 1 s")
                        .hasMessageContaining("thread 'left-behind'"));
    }

    /** Starts a {@link Lingerer} on the same class path, prints its pid and ends without waiting for it. */
    static final class OrphanMaker {
        public static void main(String[] args) throws Exception {
            Process lingerer = ChildJvm.builder(Lingerer.class)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            System.out.println(lingerer.pid());
        }
    }

    /** Prints "ready", then runs until it is killed. */
    static final class ReadyThenWaits {
        public static void main(String[] args) throws InterruptedException {
            System.out.println("ready");
            new java.util.concurrent.CountDownLatch(1).await();
        }
    }

    /** Runs until it is killed. */
    static final class Lingerer {
        public static void main(String[] args) throws InterruptedException {
            new java.util.concurrent.CountDownLatch(1).await();
        }
    }
}

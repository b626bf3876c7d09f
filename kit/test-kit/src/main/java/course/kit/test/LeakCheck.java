package course.kit.test;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * Fails a test class that leaves something running behind it: a child process (and its
 * descendants), an orphan — a JVM started on this JVM's class path whose parent has already
 * ended, so that the OS gave it a new parent (not a JVM) and it is no longer our descendant — or
 * a non-daemon platform thread that was not alive before the class started.
 *
 * <p>A JVM on the same class path whose parent is a live JVM is not an orphan: it belongs to
 * that JVM — to a demo's child, or to another test JVM running beside this one on the same class
 * path (surefire with {@code -DforkCount=2}), whose own LeakCheck answers for it.
 *
 * <p>Registered for every test class of every module that tests with the test kit (the chapters,
 * the solutions' run of the exercise tests, the docs checks) through the kit's
 * {@code META-INF/services/org.junit.jupiter.api.extension.Extension} and
 * {@code junit.jupiter.extensions.autodetection.enabled=true} in its {@code junit-platform.properties}. Things that are still ending
 * get a few seconds to end; what is left after that is named in the failure, and destroyed so
 * that the next class starts clean.
 */
public final class LeakCheck implements BeforeAllCallback, AfterAllCallback {

    /** How long things that are still ending get; the JUnit configuration parameter of that name sets it. */
    public static final String GRACE_SECONDS = "course.leakCheck.graceSeconds";
    private static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LeakCheck.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("threads", liveNonDaemonThreads());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        @SuppressWarnings("unchecked")
        Set<Thread> before = context.getStore(NAMESPACE).get("threads", Set.class);
        String testClass = context.getRequiredTestClass().getSimpleName();
        Duration grace = context.getConfigurationParameter(GRACE_SECONDS, Long::parseLong)
                .map(Duration::ofSeconds).orElse(DEFAULT_GRACE);
        try {
            // Poll on this thread: a polling thread of its own would count as a new thread.
            await().atMost(grace).pollInSameThread().pollInterval(Duration.ofMillis(20))
                    .until(() -> leftThreads(before).isEmpty() && leftoverProcesses().isEmpty());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            List<ProcessHandle> processes = leftoverProcesses();
            List<Thread> threads = leftThreads(before);
            processes.forEach(ProcessHandle::destroyForcibly);
            throw new AssertionError(testClass + " left things running after " + grace.toSeconds() + " s: "
                    + processes.stream().map(p -> "process " + p.pid() + " " + p.info().commandLine().orElse(""))
                            .map(s -> s.length() > 160 ? s.substring(0, 160) + "…" : s).toList()
                    + " " + threads.stream().map(t -> "thread '" + t.getName() + "' (" + t.getState() + ")").toList());
        }
    }

    private static Set<Thread> liveNonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon())
                .collect(Collectors.toSet());
    }

    private static List<Thread> leftThreads(Set<Thread> before) {
        return liveNonDaemonThreads().stream().filter(t -> !before.contains(t)).toList();
    }

    /** Live descendants of this JVM, and live orphans that run on this JVM's class path. */
    public static List<ProcessHandle> leftoverProcesses() {
        ProcessHandle me = ProcessHandle.current();
        Map<Long, ProcessHandle> found = new LinkedHashMap<>();
        me.descendants().filter(ProcessHandle::isAlive).forEach(p -> found.put(p.pid(), p));
        String classPath = System.getProperty("java.class.path");
        ProcessHandle.allProcesses()
                .filter(p -> p.pid() != me.pid() && p.isAlive())
                .filter(p -> p.info().arguments().map(args -> Arrays.asList(args).contains(classPath)).orElse(false))
                .filter(p -> !hasJvmParent(p))
                .forEach(p -> found.put(p.pid(), p));
        return List.copyOf(found.values());
    }

    private static boolean hasJvmParent(ProcessHandle process) {
        return process.parent()
                .filter(ProcessHandle::isAlive)
                .flatMap(parent -> parent.info().command())
                .map(command -> Path.of(command).getFileName().toString().matches("java(\\.exe)?"))
                .orElse(false);
    }
}

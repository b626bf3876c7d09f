package course.ch02;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Fails a test class that leaves a process behind: after all its tests, no descendant of this
 * JVM may be alive, and no orphan either — a JVM started on this JVM's class path whose parent
 * has already ended (the OS then gives it a new parent, so it is no longer our descendant).
 * Whatever it finds it reports by pid and command line, and then kills, so that one broken
 * test does not break the next.
 */
public final class NoProcessLeftBehind implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        List<ProcessHandle> left = leftovers();
        if (left.isEmpty()) {
            return;
        }
        StringBuilder report = new StringBuilder();
        for (ProcessHandle p : left) {
            report.append("\n  pid ").append(p.pid()).append(": ").append(p.info().commandLine().orElse("?"));
            p.destroyForcibly();
        }
        for (ProcessHandle p : left) {
            p.onExit().get(10, TimeUnit.SECONDS);
        }
        throw new AssertionError(context.getDisplayName() + " left " + left.size() + " process(es) alive:" + report);
    }

    /** Live descendants of this JVM, and live JVMs elsewhere that run on this JVM's class path. */
    public static List<ProcessHandle> leftovers() {
        ProcessHandle me = ProcessHandle.current();
        Map<Long, ProcessHandle> found = new LinkedHashMap<>();
        me.descendants().filter(ProcessHandle::isAlive).forEach(p -> found.put(p.pid(), p));
        String classPath = System.getProperty("java.class.path");
        ProcessHandle.allProcesses()
                .filter(p -> p.pid() != me.pid() && p.isAlive())
                .filter(p -> p.info().arguments().map(args -> Arrays.asList(args).contains(classPath)).orElse(false))
                .forEach(p -> found.put(p.pid(), p));
        return List.copyOf(found.values());
    }
}

package course.kit.tools;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The main of a grader's test JVM: runs test classes one after the other, each in a JUnit run of
 * its own that writes its own event file ({@code EVENTS/CLASS/open-test-report.xml}), and says how
 * far it got in PROGRESS, one line at a time: {@code start CLASS}, {@code end CLASS}, and
 * {@code done} at the end. The grader watches that file: a class that started and did not end
 * before the JVM died crashed it; one that runs past the time limit hangs.
 *
 * <pre>ClassRunner PROGRESS EVENTS CLASS...</pre>
 *
 * The JUnit settings are the course's own (the kit's {@code junit-platform.properties}, on this
 * JVM's class path). Ends with {@code System.exit(0)}, so that threads a class left running
 * cannot keep the JVM alive.
 */
public final class ClassRunner {

    private ClassRunner() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ClassRunner PROGRESS EVENTS CLASS...");
            System.exit(2);
        }
        Path events = Path.of(args[1]);
        Launcher launcher = LauncherFactory.create();
        try (PrintStream progress = new PrintStream(Files.newOutputStream(Path.of(args[0]),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND), true, StandardCharsets.UTF_8)) {
            for (String testClass : List.of(args).subList(2, args.length)) {
                progress.println("start " + testClass);
                launcher.execute(LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectClass(testClass))
                        .configurationParameter("junit.platform.reporting.open.xml.enabled", "true")
                        .configurationParameter("junit.platform.reporting.output.dir", events.resolve(testClass).toString())
                        .build());
                progress.println("end " + testClass);
            }
            progress.println("done");
        }
        System.exit(0);
    }
}

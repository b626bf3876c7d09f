package course.ch04.exercises;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * Test support: does a thread that waits in a loop of its own for a value see another thread change
 * it? A test in this JVM cannot tell: the test JVMs run C1 only ({@code -XX:TieredStopAtLevel=1}),
 * which reads a field again on every call, so an accessor without synchronization looks correct
 * here. The check runs in a child JVM ({@link VisibilityProbe}) that C2 compiles the waiting loop
 * for, before the loop first runs; C2 may then read an unsynchronized field once and never again.
 *
 * <p>The child is always stopped: it ends by itself in well under a second, and is destroyed if it
 * does not. Nothing of it outlives the call.
 *
 * <p>Not a test class: the exercise tests use it.
 */
final class Visibility {

    /** Longest a child may run: it decides by itself well before (see {@link VisibilityProbe}). */
    static final long CHILD_LIMIT_SECONDS = 20;

    private Visibility() {
    }

    /**
     * Fails unless a thread waiting in {@code while (accessor() == unchanged) { }} sees the change that
     * another thread makes; {@code target} names the accessor and the change ({@link VisibilityProbe#round}),
     * {@code what} says it in words for the failure message.
     */
    static void assertWaitingThreadSees(String target, String what) throws IOException, InterruptedException {
        String vm = System.getProperty("java.vm.name", "");
        if (!vm.contains("OpenJDK") && !vm.contains("HotSpot")) {
            fail("the visibility check of %s needs a HotSpot JVM (OpenJDK, Temurin, Oracle...), not %s", what, vm);
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC",
                "-XX:-UsePerfData",
                // C2 alone, and -Xcomp: a method is compiled when it is first called, and that call waits
                // for the compiler. compileonly: only the probe's waiting loops, so that the rest of the
                // child starts as fast as usual; the accessor is still inlined into them.
                "-XX:-TieredCompilation",
                "-Xcomp",
                "-XX:CompileCommand=quiet",
                "-XX:CompileCommand=compileonly," + VisibilityProbe.class.getName() + "::spin*"));
        // The only flag of this JVM the child takes over: a stress run's "one processor".
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(flag -> flag.startsWith("-XX:ActiveProcessorCount="))
                .forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), VisibilityProbe.class.getName(), target));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // Options from the environment would reach the child too (-XX:TieredStopAtLevel=1 would hide
        // the mistake); the command line above is all it gets.
        Map<String, String> environment = builder.environment();
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.remove("_JAVA_OPTIONS");
        environment.remove("JDK_JAVA_OPTIONS");
        Process child = builder.start();
        String output;
        int code;
        try {
            child.getOutputStream().close();
            // The child prints a few lines at most: they fit in the pipe, so it cannot block on them.
            if (!child.waitFor(CHILD_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                child.waitFor(5, TimeUnit.SECONDS);
                fail("the visibility check of %s did not end within %d s", what, CHILD_LIMIT_SECONDS);
            }
            code = child.exitValue();
            output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        } finally {
            child.destroyForcibly();
        }
        switch (code) {
            case VisibilityProbe.SEEN -> {
                if (!output.contains(VisibilityProbe.SAW_EVERY_CHANGE)) {
                    fail("the visibility check of %s ended without its report:%n%s", what, output);
                }
            }
            case VisibilityProbe.NOT_SEEN -> fail("""
                    %s, but a thread that waits for it in a loop of its own never saw it:
                      %s
                    The loop calls only your method; once the JIT compiler has compiled it, a field read \
                    without synchronization may be read once and never again (no happens-before between the \
                    thread that changes it and the one that reads it). Read it the way it is written: under \
                    the same monitor or lock, or make it volatile or atomic.""", what, output);
            case VisibilityProbe.FAILED -> fail("the visibility check of %s failed:%n%s", what, output);
            default -> fail("the visibility check of %s could not decide (exit code %d):%n%s", what, code, output);
        }
    }
}

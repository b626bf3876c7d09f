package course.kit;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a child JVM that runs one of this course's main classes.
 *
 * <p>Java cannot fork itself the way Python's {@code multiprocessing} does; the portable way to
 * run Java code in another process is to start another JVM. The child gets:
 * <ul>
 *   <li>the same {@code java} as this JVM ({@code java.home}), not whatever is on the PATH;</li>
 *   <li>the same class path ({@code java.class.path}): under exec:exec, surefire and IDEs that
 *       is the full class path of the chapter (and, in the solutions module, of the solutions);</li>
 *   <li>this JVM's own {@code -XX:} flags, which the build sets once ({@code course.fastJvm} in
 *       the root pom: C1 only and the serial collector, for short-lived JVMs);</li>
 *   <li>this JVM's demo time scale ({@link Pace#jvmOption()}).</li>
 * </ul>
 * Arguments are passed as a list, never through a shell, so no argument is ever interpreted.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** The {@code java} launcher of the running JVM. */
    public static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The {@code -XX:} flags this JVM was started with, in order: what a child inherits. */
    public static List<String> inheritedFlags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("-XX:"))
                .toList();
    }

    /** {@code java <inherited flags> <time scale> -cp <this class path> <mainClass> <args...>} */
    public static List<String> command(Class<?> mainClass, String... args) {
        return command(mainClass.getName(), List.of(args));
    }

    /** {@code java <inherited flags> <time scale> -cp <this class path> <mainClassName> <args...>} */
    public static List<String> command(String mainClassName, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable().toString());
        command.addAll(inheritedFlags());
        command.add(Pace.jvmOption());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClassName);
        command.addAll(args);
        return command;
    }

    /** A {@link ProcessBuilder} for that command, not yet started. */
    public static ProcessBuilder builder(Class<?> mainClass, String... args) {
        return new ProcessBuilder(command(mainClass, args));
    }
}

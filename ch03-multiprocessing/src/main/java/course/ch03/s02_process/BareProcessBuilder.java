package course.ch03.s02_process;

import course.ch03.process.JavaProcess;
import course.ch03.s03_using.Greeter;
import course.kit.ChildJvm;
import course.kit.Usage;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * §3.2 The Process class (Process类) — the bare {@link ProcessBuilder} calls that
 * {@link JavaProcess} wraps, next to the same child started with {@code JavaProcess}.
 *
 * <p><b>The Python original</b> hides the operating system behind {@code Process}. Java's
 * {@code ProcessBuilder} is one level lower: a command line to build, pipes to read, a
 * {@code Process} to wait for.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.2}
 *
 * <p><b>Expected</b> (one run; pids vary, and the {@code -XX:} flags are whatever this JVM was started with):
 * <pre>
 * command: java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dcourse.timeScale=1.0 -cp &lt;class path&gt; course.ch03.s03_using.Greeter Yim
 * raw ProcessBuilder: pid 16580, said "My name is Yim", exit value 0
 * JavaProcess command: java -Dcourse.processName=greeter -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dcourse.timeScale=1.0 -cp &lt;class path&gt; course.ch03.process.ChildMain main course.ch03.s03_using.Greeter Jim
 * JavaProcess: pid 16627, said "My name is Jim", exit code 0
 * </pre>
 */
public final class BareProcessBuilder {

    private BareProcessBuilder() {
    }

    public static void main(String[] args) throws Exception {
        Usage.noArguments(args, BareProcessBuilder.class);
        // 1. The command line, as a list: the running JVM's own java, its class path, the main
        //    class and its arguments. No shell is involved, so no argument is ever re-parsed.
        List<String> command = ChildJvm.command(Greeter.class, "Yim");
        System.out.println("command: " + readable(command));

        // 2. start() = fork + exec of a new JVM. Its stderr joins its stdout in one pipe; its
        //    stdin gets end-of-file at once, as a Python child has no input.
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();

        // 3. Read the output BEFORE waiting: a pipe holds ~64 KB, and a child that fills it
        //    blocks until someone reads — waiting first would then wait forever.
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        // 4. join(timeout) is waitFor(timeout); exitcode is exitValue().
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the child did not end within 30 s");
        }
        System.out.println("raw ProcessBuilder: pid " + process.pid() + ", said \"" + said
                + "\", exit value " + process.exitValue());

        // The same child with JavaProcess: it builds the command, drains the pipes on its own
        // threads, and keeps what the child printed.
        JavaProcess greeter = new JavaProcess(Greeter.class, List.of("Jim"), "greeter");
        System.out.println("JavaProcess command: " + readable(greeter.command()));
        greeter.start();
        greeter.join();
        System.out.println("JavaProcess: pid " + greeter.pid() + ", said \"" + greeter.output().strip()
                + "\", exit code " + greeter.exitCode().getAsInt());
    }

    /** The command with the long parts shortened: {@code java} and {@code <class path>}. */
    static String readable(List<String> command) {
        String classPath = System.getProperty("java.class.path");
        return command.stream()
                .map(part -> part.equals(ChildJvm.javaExecutable().toString()) ? "java"
                        : part.equals(classPath) ? "<class path>" : part)
                .reduce((a, b) -> a + " " + b).orElse("");
    }
}

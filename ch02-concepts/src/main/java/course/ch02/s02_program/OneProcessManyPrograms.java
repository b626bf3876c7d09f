package course.ch02.s02_program;

import course.kit.ChildJvm;
import course.kit.Usage;

import java.io.IOException;
import java.util.List;

/**
 * §2.2 Process vs program (进程与程序的区别) — one process, several programs.
 *
 * <p><b>The Python original</b> says that one process can run several programs.
 *
 * <p><b>In Java</b> a JVM runs another Java program by calling its {@code main} (or a JDK tool
 * through {@link java.util.spi.ToolProvider}) inside itself; it cannot replace its own program the
 * way UNIX's {@code exec} does, so anything else runs in a child process. This demo starts one
 * child JVM, the {@link ProgramHost}, and shows what it reports: two programs run inside its single
 * process (same pid), and a third one in a process of its own (a new pid).
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch02-concepts compile exec:exec -Dsection=2.2}
 *
 * <p><b>Expected</b> (the pids and the JDK's version are those of the machine and the run):
 * <pre>
 * This JVM (pid 29312) started the host process, pid 29419. The host printed:
 *   | host pid 29419: program 1, course.ch02.s02_program.WhoAmI, runs inside this process
 *   | WhoAmI "inside the host": pid 29419, parent 29312
 *   | host pid 29419: program 2, the jar tool, runs inside this process
 *   | jar 25.0.3
 *   | host pid 29419: program 3, java -version, runs as a child process
 *   | child pid 29445 printed: openjdk version "25.0.3" 2026-04-21 LTS
 * The host ended with exit code 0.
 * </pre>
 */
public final class OneProcessManyPrograms {

    public static void main(String[] args) throws IOException, InterruptedException {
        Usage.noArguments(args, OneProcessManyPrograms.class);
        Process host = ChildJvm.builder(ProgramHost.class).redirectErrorStream(true).start();
        System.out.println("This JVM (pid " + ProcessHandle.current().pid()
                + ") started the host process, pid " + host.pid() + ". The host printed:");
        List<String> lines = host.inputReader().lines().toList();
        lines.forEach(line -> System.out.println("  | " + line));
        System.out.println("The host ended with exit code " + host.waitFor() + ".");
    }
}

package course.ch02.s02_program;

import course.kit.ChildJvm;
import course.kit.Usage;

import java.io.IOException;
import java.util.List;
import java.util.spi.ToolProvider;

/**
 * §2.2 Process vs program (进程与程序的区别) — one process that runs several programs.
 *
 * <p><b>Run:</b> started as a child JVM by {@link OneProcessManyPrograms}; on its own it prints
 * the same lines for the JVM you start it in.
 *
 * <p><b>Expected</b> (the pids and the JDK's version are those of the machine and the run):
 * <pre>
 * host pid 29419: program 1, course.ch02.s02_program.WhoAmI, runs inside this process
 * WhoAmI "inside the host": pid 29419, parent 29312
 * host pid 29419: program 2, the jar tool, runs inside this process
 * jar 25.0.3
 * host pid 29419: program 3, java -version, runs as a child process
 * child pid 29445 printed: openjdk version "25.0.3" 2026-04-21 LTS
 * </pre>
 */
public final class ProgramHost {

    public static void main(String[] args) throws IOException, InterruptedException {
        Usage.noArguments(args, ProgramHost.class);
        long pid = ProcessHandle.current().pid();

        // A JVM can load and run any number of programs (classes with a main) one after the
        // other, all inside the one process. The chapter launcher does the same with demos.
        System.out.println("host pid " + pid + ": program 1, " + WhoAmI.class.getName() + ", runs inside this process");
        WhoAmI.main(new String[] {"inside the host"});

        // The JDK's tools are programs too; ToolProvider runs them without a new process.
        System.out.println("host pid " + pid + ": program 2, the jar tool, runs inside this process");
        ToolProvider.findFirst("jar").ifPresentOrElse(
                jar -> jar.run(System.out, System.err, "--version"),
                () -> System.out.println("the jar tool is not part of this Java runtime"));

        // Unlike a UNIX process, a JVM cannot replace its own program (no exec): to run a
        // program that is not Java code it asks the OS for a child process.
        System.out.println("host pid " + pid + ": program 3, java -version, runs as a child process");
        Process child = new ProcessBuilder(List.of(ChildJvm.javaExecutable().toString(), "-version"))
                .redirectErrorStream(true)          // java -version writes to stderr
                .start();
        String versionLine = child.inputReader().lines()
                .filter(line -> line.contains("version"))
                .findFirst()
                .orElse("(no version line)");
        child.waitFor();
        System.out.println("child pid " + child.pid() + " printed: " + versionLine);
    }
}

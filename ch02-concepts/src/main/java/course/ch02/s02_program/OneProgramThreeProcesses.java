package course.ch02.s02_program;

import course.kit.ChildJvm;
import course.kit.Usage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * §2.2 Process vs program (进程与程序的区别) — one program, three processes.
 *
 * <p><b>The Python original</b> contrasts the two: a program is static code that stays on disk;
 * a process is one run of it, created and destroyed, competing with others for resources. One
 * program can run as many processes at once, and one process can run several programs.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch02-concepts compile exec:exec -Dsection=2.2}
 *
 * <p><b>Expected</b> (the pids are those of the run; everything else is the same every time):
 * <pre>
 * Starting the program course.ch02.s02_program.WhoAmI three times, each in a JVM of its own.
 *   child 1 (pid 29330) printed: WhoAmI "run 1": pid 29330, parent 29312
 *   child 2 (pid 29339) printed: WhoAmI "run 2": pid 29339, parent 29312
 *   child 3 (pid 29343) printed: WhoAmI "run 3": pid 29343, parent 29312
 * One program, 3 processes, 3 different pids; all three have this JVM (pid 29312) as parent.
 * </pre>
 */
public final class OneProgramThreeProcesses {

    static final int RUNS = 3;

    public static void main(String[] args) throws IOException, InterruptedException {
        Usage.noArguments(args, OneProgramThreeProcesses.class);
        System.out.println("Starting the program " + WhoAmI.class.getName()
                + " three times, each in a JVM of its own.");

        // Start all three before waiting for any: they then run at the same time, each with
        // its own pid, its own memory and its own copy of every static field.
        List<Process> children = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            children.add(ChildJvm.builder(WhoAmI.class, "run " + run)
                    .redirectErrorStream(true)       // a failing child's error shows up in its output
                    .start());
        }

        Set<Long> pids = new LinkedHashSet<>();
        for (int i = 0; i < children.size(); i++) {
            Process child = children.get(i);
            // Read to the end of the child's output, then reap it: waitFor() after EOF is quick.
            String output = child.inputReader().lines().reduce((a, b) -> a + " | " + b).orElse("(nothing)");
            int exitCode = child.waitFor();
            pids.add(child.pid());
            System.out.printf("  child %d (pid %d) printed: %s%s%n", i + 1, child.pid(), output,
                    exitCode == 0 ? "" : " [exit code " + exitCode + "]");
        }

        System.out.printf("One program, %d processes, %d different pids; all three have this JVM (pid %d) as parent.%n",
                children.size(), pids.size(), ProcessHandle.current().pid());
    }
}

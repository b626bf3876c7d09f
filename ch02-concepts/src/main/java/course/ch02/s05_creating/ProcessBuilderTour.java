package course.ch02.s05_creating;

import course.kit.ChildJvm;
import course.kit.Usage;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * §2.5 Creating processes (进程的创建) — {@code ProcessBuilder}: arguments, environment, working
 * directory, redirection, {@code inheritIO}.
 *
 * <p><b>The Python original</b> lists when processes are created (system start, a running
 * process asking for one, a user's command, a batch job) and says that every new process is
 * made by an existing one through a system call: {@code fork} on UNIX, which copies the parent,
 * and {@code CreateProcess} on Windows, which starts the new program directly. Either way parent
 * and child then have separate address spaces.
 *
 * <p><b>In Java</b> both calls hide behind {@link ProcessBuilder} (and the older {@code Runtime.exec}).
 * It never forks a copy of the JVM: it always starts a <em>program</em>, so Java code that must
 * run in another process runs in another JVM. On Linux the JDK starts the program with
 * {@code posix_spawn} by default (through a small helper, {@code jspawnhelper}, which then
 * {@code exec}s it); {@code -Djdk.lang.Process.launchMechanism=FORK} selects {@code fork}+{@code exec}
 * instead, and {@code VFORK} is deprecated (JDK 25) and about to go.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch02-concepts compile exec:exec -Dsection=2.5}
 *
 * <p><b>Expected</b> (the temporary directory and the pid are new every run, the launcher's working
 * directory is the chapter's folder, here under {@code /home/you/course}; in part 2 the line from
 * standard error may come earlier, and in part 3 it reaches the terminal on standard error):
 * <pre>
 * jdk.lang.Process.launchMechanism: not set, so the JDK's default (POSIX_SPAWN on Linux and macOS)
 * 1. Arguments [one, two words, *, $HOME], COURSE_GREETING=hello from the parent,
 *    working directory /tmp/ch02-pb14373573684683640015, stdout and stderr redirected to files there
 *    child pid 3239 ended with exit code 0
 *    out.txt | child: 4 arguments: [one] [two words] [*] [$HOME]
 *    out.txt | child: COURSE_GREETING=hello from the parent
 *    out.txt | child: working directory /tmp/ch02-pb14373573684683640015
 *    err.txt | child: this line goes to standard error
 * 2. redirectErrorStream(true): both streams through one pipe that this JVM reads
 *    pipe | child: 1 argument: [merged]
 *    pipe | child: COURSE_GREETING=(not set)
 *    pipe | child: working directory /home/you/course/ch02-concepts
 *    pipe | child: this line goes to standard error
 * 3. inheritIO(): the child writes straight to this JVM's own stdout and stderr
 * child: 1 argument: [inherited]
 * child: COURSE_GREETING=(not set)
 * child: working directory /home/you/course/ch02-concepts
 * child: this line goes to standard error
 * </pre>
 */
public final class ProcessBuilderTour {

    static final String MECHANISM = "jdk.lang.Process.launchMechanism";

    public static void main(String[] args) throws IOException, InterruptedException {
        Usage.noArguments(args, ProcessBuilderTour.class);
        String mechanism = System.getProperty(MECHANISM);
        System.out.println(MECHANISM + ": " + (mechanism != null ? mechanism
                : "not set, so the JDK's default (POSIX_SPAWN on Linux and macOS)"));

        Path dir = Files.createTempDirectory("ch02-pb");
        try {
            redirectToFiles(dir);
        } finally {
            for (String name : List.of("out.txt", "err.txt")) {
                Files.deleteIfExists(dir.resolve(name));
            }
            Files.deleteIfExists(dir);
        }
        mergeIntoOnePipe();
        inheritIo();
    }

    // 1. Everything a ProcessBuilder can set before start().
    static void redirectToFiles(Path dir) throws IOException, InterruptedException {
        // Arguments are a list handed to the program as they are. No shell reads them, so
        // "two words" stays one argument and * and $HOME are not expanded: no injection.
        List<String> arguments = List.of("one", "two words", "*", "$HOME");
        List<String> command = new ArrayList<>(ChildJvm.command(ChildReport.class, arguments.toArray(String[]::new)));
        // A relative class path would be looked up from the new working directory, so make it absolute.
        int classPath = command.indexOf("-cp") + 1;
        command.set(classPath, absolute(command.get(classPath)));
        ProcessBuilder builder = new ProcessBuilder(command);
        // The environment starts as a copy of this process's; changing it changes the child's only.
        builder.environment().put(ChildReport.VARIABLE, "hello from the parent");
        builder.directory(dir.toFile());
        File out = dir.resolve("out.txt").toFile();
        File err = dir.resolve("err.txt").toFile();
        builder.redirectOutput(out).redirectError(err);
        System.out.println("1. Arguments " + arguments + ", " + ChildReport.VARIABLE + "=hello from the parent,");
        System.out.println("   working directory " + dir + ", stdout and stderr redirected to files there");

        Process child = builder.start();
        int exitCode = child.waitFor();         // files need no reader: just wait, then read them
        System.out.println("   child pid " + child.pid() + " ended with exit code " + exitCode);
        Files.readAllLines(out.toPath()).forEach(line -> System.out.println("   out.txt | " + line));
        Files.readAllLines(err.toPath()).forEach(line -> System.out.println("   err.txt | " + line));
    }

    static String absolute(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    // 2. One pipe for both streams: nothing can fill up unread while we read the other one.
    static void mergeIntoOnePipe() throws IOException, InterruptedException {
        System.out.println("2. redirectErrorStream(true): both streams through one pipe that this JVM reads");
        Process child = ChildJvm.builder(ChildReport.class, "merged").redirectErrorStream(true).start();
        child.inputReader().lines().forEach(line -> System.out.println("   pipe | " + line));
        child.waitFor();
    }

    // 3. The child shares this JVM's standard streams (a terminal, a file, ...). Its lines are
    //    written by the child itself, so this JVM cannot see or prefix them.
    static void inheritIo() throws IOException, InterruptedException {
        System.out.println("3. inheritIO(): the child writes straight to this JVM's own stdout and stderr");
        System.out.flush();
        Process child = ChildJvm.builder(ChildReport.class, "inherited").inheritIO().start();
        child.waitFor();
    }
}

package course.ch02.s01_process;

import course.kit.Usage;

import java.io.File;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * §2.1 What is a process (什么是进程) — the JVM you are running, seen as a process.
 *
 * <p><b>The Python original</b> defines a process twice: narrowly, an instance of a program that
 * is running; broadly, one run of a program over some data, the unit to which the operating
 * system hands out resources and CPU time. It shows no code.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch02-concepts compile exec:exec -Dsection=2.1}
 *
 * <p><b>Expected</b> (the numbers, the path, the time and the user are those of the machine and
 * the moment; the arguments are the launcher's command line, see the root pom):
 * <pre>
 * This JVM is one process. What the operating system knows about it:
 *   pid:             28611
 *   parent pid:      27919
 *   command:         /usr/lib/jvm/temurin-25-jdk-amd64/bin/java
 *   arguments:       -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dcourse.timeScale=1.0 -Dcourse.launcher.chosen=[ch02-concepts] -classpath &lt;class path: 2 entries&gt; course.kit.Launcher ch02-concepts 2.1
 *   started at:      2026-12-06T22:02:07.850 (local time)
 *   CPU time so far: 80 ms
 *   user:            root
 * Resources it was given:
 *   processors:      2
 *   max heap:        5827 MiB
 *   live threads:    6
 * </pre>
 */
public final class ProcessFacts {

    static final String UNKNOWN = "unknown (not reported on this system)";

    public static void main(String[] args) {
        Usage.noArguments(args, ProcessFacts.class);
        // Python: os.getpid(), os.getppid(), and psutil.Process() for the rest.
        // Java 9+: ProcessHandle.current() is this process; info() is a snapshot that the OS
        // fills in as far as it allows, so every field is an Optional.
        ProcessHandle me = ProcessHandle.current();
        ProcessHandle.Info info = me.info();

        System.out.println("This JVM is one process. What the operating system knows about it:");
        print("pid", String.valueOf(me.pid()));
        print("parent pid", me.parent().map(p -> String.valueOf(p.pid())));
        // The narrow definition: an instance of a program. The program is the `java`
        // executable plus the class it was told to run; the arguments are part of this run.
        print("command", info.command());
        print("arguments", info.arguments().map(ProcessFacts::describeArguments));
        // A process is temporary: it has a start, and it uses up CPU time while it lives.
        print("started at", info.startInstant().map(ProcessFacts::localTime));
        print("CPU time so far", info.totalCpuDuration().map(d -> d.toMillis() + " ms"));
        print("user", info.user());

        // The broad definition: the unit the OS allocates resources to. A JVM sees how many
        // processors it may use and how much memory it may take, and runs its own threads.
        System.out.println("Resources it was given:");
        print("processors", String.valueOf(Runtime.getRuntime().availableProcessors()));
        print("max heap", Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        print("live threads", String.valueOf(Thread.getAllStackTraces().size()));
    }

    static void print(String label, Optional<String> value) {
        print(label, value.orElse(UNKNOWN));
    }

    static void print(String label, String value) {
        System.out.printf("  %-16s %s%n", label + ":", value);
    }

    /** The arguments, with a long class path replaced by the number of its entries. */
    static String describeArguments(String[] arguments) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            boolean isClassPathValue = i > 0 && List.of("-cp", "-classpath", "--class-path").contains(arguments[i - 1]);
            shown.add(isClassPathValue
                    ? describeClassPath(argument)
                    : argument);
        }
        return shown.isEmpty() ? "(none)" : String.join(" ", shown);
    }

    static String describeClassPath(String classPath) {
        int entries = classPath.split(File.pathSeparator).length;
        return "<class path: " + entries + (entries == 1 ? " entry>" : " entries>");
    }

    static String localTime(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
                .format(instant.atZone(ZoneId.systemDefault())) + " (local time)";
    }
}

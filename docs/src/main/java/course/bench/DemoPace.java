package course.bench;

import course.kit.Chapter;
import course.kit.Course;
import course.kit.Demo;
import course.kit.Launcher;
import course.kit.Section;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Every section of the course run once at its real pace ({@code course.timeScale=1}) through the
 * chapter launcher, as a learner runs it, with its wall time and the lines it printed, written to
 * {@code docs/pace.md}:
 *
 * <pre>./mvnw -q -Ppace -pl docs -am verify -DskipTests</pre>
 *
 * <p>Each section runs in a JVM of its own, the command that {@code ./mvnw -q -pl chNN-topic
 * compile exec:exec -Dsection=N.M} starts (the launcher, {@link Launcher}, with the build's JVM
 * flags and {@code -Dcourse.timeScale=1}, in the chapter's folder), one section after another.
 * Standard input is empty (closed) but for the sections whose demos read the keyboard, which get
 * the lines in {@link #STDIN}. Lines are what a learner sees in the terminal: standard output and
 * standard error, the launcher's own headings included. Maven's own start (a few seconds) is
 * not included. A section gets {@value #LIMIT_SECONDS} s; one still running then is ended and
 * reported as timed out.
 *
 * <p>The page flags every section over {@value #SECONDS_BOUND} s or {@value #LINES_BOUND} lines.
 * With {@code --quick}, only the sections named after it run, and nothing is written (a check by
 * hand: {@code DemoPace --quick 4.7 4.12}).
 */
public final class DemoPace {

    static final int SECONDS_BOUND = 30;
    static final int LINES_BOUND = 200;
    static final int LIMIT_SECONDS = 300;
    static final String COMMAND = "./mvnw -q -Ppace -pl docs -am verify -DskipTests";

    /** What the sections whose demos read the keyboard are given (a learner's typing); the others get none. */
    static final Map<String, String> STDIN = Map.of(
            "1.3", "abc\n30\n25\n");

    /** One section's run. */
    record Run(String section, String module, String demos, double seconds, int lines, int exitCode,
               boolean timedOut, double loadBefore, String stdin) {
        boolean over() {
            return timedOut || seconds > SECONDS_BOUND || lines > LINES_BOUND;
        }
    }

    private DemoPace() {
    }

    public static void main(String[] args) throws Exception {
        List<String> only = new ArrayList<>();
        boolean quick = false;
        for (String arg : args) {
            if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.matches("\\d+\\.\\d+") && quick) {
                only.add(arg);
            } else if (!arg.isBlank()) {
                System.err.println("usage: DemoPace [--quick SECTION...]   (no arguments: every section, written to docs/pace.md)");
                System.exit(2);
            }
        }
        Path root = Benchmarks.courseRoot();
        List<Run> runs = new ArrayList<>();
        for (Path module : Course.chapterModules(root)) {
            Chapter chapter = Chapter.load(module.getFileName().toString(), DemoPace.class.getClassLoader());
            for (Section section : chapter.sections()) {
                if (quick && !only.contains(section.number())) {
                    continue;
                }
                Run run = run(module, chapter, section);
                runs.add(run);
                System.out.printf(Locale.ROOT, "§%-5s %7.1f s %6d lines%s%n", run.section(), run.seconds(), run.lines(),
                        run.timedOut() ? "  TIMED OUT" : run.exitCode() != 0 ? "  exit code " + run.exitCode() : "");
            }
        }
        if (quick) {
            return;
        }
        Path page = root.resolve("docs/pace.md");
        Files.writeString(page, page(runs));
        System.out.println("Written: " + page);
    }

    /** Runs one section's demos through the launcher, in the chapter's folder, at time scale 1. */
    static Run run(Path module, Chapter chapter, Section section) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));   // the root pom's course.fastJvm
        command.add("-Dcourse.timeScale=1");
        command.add("-D" + Launcher.CHOSEN_PROPERTY + "=[" + chapter.module() + "]");
        // Absolute entries: the launcher runs in the chapter's folder, not in this JVM's.
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
        command.addAll(List.of("-classpath", classPath, Launcher.class.getName(),
                chapter.module(), section.number()));
        Path output = Files.createTempFile("pace-" + section.number() + "-", ".txt");
        String stdin = STDIN.getOrDefault(section.number(), "");
        double load = loadAverage();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(module.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            boolean ended = process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!ended) {
                stopTree(process);
            }
            int lines = (int) Files.readString(output, StandardCharsets.UTF_8).lines().count();
            String demos = section.demos().stream().map(Demo::mainClass).map(Class::getSimpleName).distinct()
                    .collect(Collectors.joining(", "));
            return new Run(section.number(), chapter.module(), demos, seconds, lines, ended ? process.exitValue() : -1,
                    !ended, load, stdin);
        } finally {
            stopTree(process);
            Files.deleteIfExists(output);
        }
    }

    private static void stopTree(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private static double loadAverage() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os.getSystemLoadAverage();
    }

    // ---- the page --------------------------------------------------------------------------

    static String page(List<Run> runs) {
        double total = runs.stream().mapToDouble(Run::seconds).sum();
        List<Run> over = runs.stream().filter(Run::over).toList();
        Run slowest = runs.stream().max((a, b) -> Double.compare(a.seconds(), b.seconds())).orElseThrow();
        Run longest = runs.stream().max((a, b) -> Integer.compare(a.lines(), b.lines())).orElseThrow();
        StringBuilder md = new StringBuilder();
        md.append("""
                # Pace: every section at its real pace

                <!-- Generated by course.bench.DemoPace: do not edit by hand; rerun the command below. -->

                The demos pause as the original does (a 2 s sleep is 2 s); the tests run them twenty times
                faster, so only a run at the real pace shows how long a learner waits and how much a section
                prints. Every figure on this page comes from one run of

                ```sh
                %s
                ```

                which runs each section once, one after another, exactly as
                `./mvnw -q -pl chNN-topic compile exec:exec -Dsection=N.M` runs it: the chapter launcher in a
                JVM of its own, in the chapter's folder, with the build's JVM flags and `-Dcourse.timeScale=1`.
                The harness is [`DemoPace`](src/main/java/course/bench/DemoPace.java).

                - **Wall time**: from starting the launcher's JVM to its end, JVM start included; Maven's own
                  start (a few seconds before the demo's first line) is not.
                - **Lines**: what a learner sees in the terminal, standard output and standard error together,
                  the launcher's own headings (`§N.M …`, `=== class`, blank lines) included.
                - **Input**: none (standard input is closed at once), but for the sections whose demos read the
                  keyboard, which get the typing shown in the table.
                - **Load**: the machine's load average (1 minute) when the section started. The machine has
                  2 cores and may have been busy with other work: a section whose time is made of its own
                  pauses barely changes, one that computes or starts JVMs takes longer when the load is high.

                A section over %d s or %d lines is marked **over**: it is fixed, or its demo's header says why
                the length is the lesson.

                """.formatted(COMMAND, SECONDS_BOUND, LINES_BOUND));
        md.append("## Machine\n\n| | |\n|---|---|\n");
        md.append("| date | ").append(LocalDate.now()).append(" |\n");
        md.append("| cores (`availableProcessors`) | ").append(Runtime.getRuntime().availableProcessors()).append(" |\n");
        md.append("| OS | ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append(" |\n");
        md.append("| JDK | ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(" |\n\n");
        md.append("## Every section\n\n");
        md.append("| § | demos | wall time (s) | lines | exit code | load | input | |\n");
        md.append("|---|---|---:|---:|---:|---:|---|---|\n");
        for (Run r : runs) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %d | %s | %.1f | %s | %s |%n", r.section(), r.demos(),
                    r.seconds(), r.lines(), r.timedOut() ? "—" : String.valueOf(r.exitCode()), r.loadBefore(),
                    r.stdin().isEmpty() ? "none" : "`" + r.stdin().replace("\n", "⏎") + "`",
                    r.timedOut() ? "**timed out**" : r.over() ? "**over**" : ""));
        }
        md.append(String.format(Locale.ROOT, "%nAll %d sections: %.0f s in all; the slowest, §%s, %.1f s; the longest, §%s, %d lines.%n",
                runs.size(), total, slowest.section(), slowest.seconds(), longest.section(), longest.lines()));
        md.append(over.isEmpty()
                ? "No section took more than " + SECONDS_BOUND + " s or printed more than " + LINES_BOUND + " lines.\n"
                : "Over a bound: " + over.stream().map(r -> "§" + r.section()).collect(Collectors.joining(", "))
                  + " (see each demo's header).\n");
        return md.toString();
    }
}

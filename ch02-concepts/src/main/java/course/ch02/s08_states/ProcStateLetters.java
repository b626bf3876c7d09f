package course.ch02.s08_states;

import course.kit.ChildJvm;
import course.kit.Usage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * §2.8 Process states (进程的状态) — the state letters that Linux itself reports, read from
 * {@code /proc}.
 *
 * <p><b>The Python original</b> names the three states of a process: running (it has the CPU),
 * ready (it could run, but another process has the CPU) and blocked (it waits for something, such
 * as input, and could not use the CPU anyway).
 *
 * <p><b>In Java</b> no API tells what the operating system thinks of a thread; on Linux,
 * {@code /proc} does. Linux keeps a state for every task (thread) and shows it as the third field of
 * {@code /proc/<pid>/task/<tid>/stat}: {@code R} running or ready (runnable), {@code S} sleeping
 * until something happens (blocked), {@code D} blocked in the disk, {@code T} stopped,
 * {@code Z} a zombie (ended, not yet reaped by its parent). This demo starts a child JVM with a
 * thread that spins and one that waits, and samples their letters 20 times.
 *
 * <p>{@code /proc/<pid>/stat} itself describes only the process's <em>first</em> thread. In a JVM
 * that is the launcher's thread, which does nothing but wait for {@code main} to end: it shows
 * {@code S} however busy the JVM is.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch02-concepts compile exec:exec -Dsection=2.8} (Linux; on
 * other systems it prints one line saying so).
 *
 * <p><b>Expected</b> (the pid, the number of threads and the counts vary: a sample may catch a
 * thread in another state, or miss it, as one sample of the spinner did in this run):
 * <pre>
 * child JVM pid 6452 has 14 threads; the letters of two of them, sampled 20 times:
 *   spinner  R (running or ready)           seen R×19
 *   sleeper  S (sleeping, i.e. blocked)     seen S×20
 *   /proc/6452/stat, the launcher's first thread: S
 * </pre>
 */
public final class ProcStateLetters {

    static final int SAMPLES = 20;
    static final Map<Character, String> MEANING = Map.of(
            'R', "running or ready", 'S', "sleeping, i.e. blocked", 'D', "blocked in the disk",
            'T', "stopped", 'Z', "zombie", 'I', "idle kernel thread", 't', "stopped by a tracer");

    public static void main(String[] args) throws IOException, InterruptedException {
        Usage.noArguments(args, ProcStateLetters.class);
        if (!Files.isDirectory(Path.of("/proc/self/task"))) {
            System.out.println("This part needs Linux: there is no /proc/self/task on this system ("
                    + System.getProperty("os.name") + ").");
            return;
        }
        Process child = ChildJvm.builder(SpinnerAndSleeper.class).redirectErrorStream(true).start();
        try {
            String first = child.inputReader().readLine();
            if (!"ready".equals(first)) {
                System.out.println("the child did not start: " + first);
                return;
            }
            Path proc = Path.of("/proc", String.valueOf(child.pid()));
            Map<String, Map<Character, Integer>> seen = new TreeMap<>();
            int threads = 0;
            for (int sample = 0; sample < SAMPLES; sample++) {
                try (Stream<Path> tasks = Files.list(proc.resolve("task"))) {
                    List<Path> taskDirs = tasks.toList();
                    threads = taskDirs.size();
                    for (Path task : taskDirs) {
                        String stat = readOrEmpty(task.resolve("stat"));
                        String name = name(stat);
                        if (name.equals("spinner") || name.equals("sleeper")) {
                            seen.computeIfAbsent(name, n -> new TreeMap<>()).merge(state(stat), 1, Integer::sum);
                        }
                    }
                }
            }
            System.out.println("child JVM pid " + child.pid() + " has " + threads
                    + " threads; the letters of two of them, sampled " + SAMPLES + " times:");
            seen.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.reverseOrder()))
                    .forEach(e -> System.out.println(describe(e.getKey(), e.getValue())));
            System.out.println("  " + proc.resolve("stat") + ", the launcher's first thread: "
                    + state(readOrEmpty(proc.resolve("stat"))));
        } finally {
            child.getOutputStream().close();      // the child stops its threads and ends
            child.waitFor();
        }
    }

    static String describe(String thread, Map<Character, Integer> letters) {
        char most = letters.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        StringBuilder counts = new StringBuilder();
        letters.forEach((letter, count) -> counts.append(counts.isEmpty() ? "" : " ").append(letter).append('×').append(count));
        return String.format("  %-8s %-30s seen %s", thread, most + " (" + MEANING.getOrDefault(most, "?") + ")", counts);
    }

    /** The name between the first '(' and the last ')': a name may itself contain ')' or spaces. */
    static String name(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        return open < 0 || close < open ? "" : stat.substring(open + 1, close);
    }

    /** The state letter: the first field after the name. */
    static char state(String stat) {
        int close = stat.lastIndexOf(')');
        return close < 0 || close + 2 >= stat.length() ? '?' : stat.charAt(close + 2);
    }

    /** A thread can end between listing the directory and reading its file. */
    static String readOrEmpty(Path file) throws IOException {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            return "";
        }
    }
}

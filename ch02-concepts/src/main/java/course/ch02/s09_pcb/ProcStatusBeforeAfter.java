package course.ch02.s09_pcb;

import course.kit.Pace;
import course.kit.Usage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * §2.9 Implementing process concurrency (进程并发的实现) — process-control-block fields, read from
 * Linux's {@code /proc} before and after some work.
 *
 * <p><b>The Python original</b> explains how processes take turns on one CPU: an interrupt stops
 * the running process, the operating system saves its state in the process's control block, and
 * restores it later, so that the process goes on as if it had never been stopped.
 *
 * <p><b>In Java</b> no API shows a control block; Linux shows part of each process's in
 * {@code /proc/<pid>/status}: its state,
 * its number of threads, its memory; and for each thread how often it was switched off the CPU,
 * {@code voluntary_ctxt_switches} (it blocked: a sleep, a lock, I/O) and
 * {@code nonvoluntary_ctxt_switches} (the OS took the CPU away: time slice over). Those two
 * counters are the interrupts-and-resumes of the original, counted. {@code /proc/self} is this
 * process, but its counters are those of its first thread only; {@code /proc/thread-self} is
 * the thread that reads it (here, main), whose counters move. The program
 * counter and stack pointer are saved too, but the kernel does not show them.
 *
 * <p>The work: main and four more threads share the CPUs for a moment (so main is preempted),
 * then main sleeps 20 times (each sleep gives the CPU up). The four threads still exist, parked,
 * when the second snapshot is taken.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch02-concepts compile exec:exec -Dsection=2.9} (Linux; on
 * other systems it prints one line saying so).
 *
 * <p><b>Expected</b> (the numbers are the run's; the switch counters only grow, and the reading
 * thread is always R):
 * <pre>
 * field                                            before        after
 * State (process: its first thread)                S (sleeping)  S (sleeping)
 * Threads (process)                                12            16
 * VmRSS (process)                                  50140 kB      51040 kB
 * open files (process: /proc/self/fd)              6             6
 * voluntary_ctxt_switches (process: first thread)  1             1
 * State (this thread)                              R (running)   R (running)
 * voluntary_ctxt_switches (this thread)            11            35
 * nonvoluntary_ctxt_switches (this thread)         415           476
 * </pre>
 */
public final class ProcStatusBeforeAfter {

    static final Path PROCESS = Path.of("/proc/self/status");
    static final Path THREAD = Path.of("/proc/thread-self/status");
    static final int HELPERS = 4;
    static final int SLEEPS = 20;

    public static void main(String[] args) throws IOException, InterruptedException {
        Usage.noArguments(args, ProcStatusBeforeAfter.class);
        if (!Files.isReadable(PROCESS) || !Files.isReadable(THREAD)) {
            System.out.println("This part needs Linux: there is no /proc/self/status or /proc/thread-self/status"
                    + " on this system (" + System.getProperty("os.name") + ").");
            return;
        }
        Map<String, String> before = snapshot();

        CountDownLatch release = new CountDownLatch(1);
        Duration busyFor = Pace.scaled(Duration.ofMillis(300));
        List<Thread> helpers = new ArrayList<>();
        for (int i = 0; i < HELPERS; i++) {
            Thread helper = new Thread(() -> {
                busy(busyFor);
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "helper-" + i);
            helpers.add(helper);
            helper.start();
        }
        busy(busyFor);                              // main competes for the CPUs: preempted
        for (int i = 0; i < SLEEPS; i++) {
            Pace.sleepMillis(20);                   // main gives the CPU up: voluntary switches
        }
        Map<String, String> after = snapshot();
        release.countDown();
        for (Thread helper : helpers) {
            helper.join();
        }

        System.out.printf("%-48s %-13s %s%n", "field", "before", "after");
        before.forEach((field, value) -> System.out.printf("%-48s %-13s %s%n", field, value, after.get(field)));
    }

    /** Spins on the CPU for about {@code duration}: CPU work, not a sleep. */
    static void busy(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        long x = 0;
        while (System.nanoTime() < end) {
            x += Long.numberOfTrailingZeros(x + 1);
        }
        if (x == 42) {
            System.out.print("");                   // keeps the loop from being optimised away
        }
    }

    static Map<String, String> snapshot() throws IOException {
        Map<String, String> process = fields(Files.readAllLines(PROCESS));
        Map<String, String> thread = fields(Files.readAllLines(THREAD));   // read by main itself
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("State (process: its first thread)", process.get("State"));
        shown.put("Threads (process)", process.get("Threads"));
        shown.put("VmRSS (process)", process.get("VmRSS"));
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            shown.put("open files (process: /proc/self/fd)", String.valueOf(fds.count()));
        }
        // In /proc/self/status the switch counters are the first thread's only: in a JVM, the
        // launcher's thread, which just waits for main. They hardly move, whatever the JVM does.
        shown.put("voluntary_ctxt_switches (process: first thread)", process.get("voluntary_ctxt_switches"));
        shown.put("State (this thread)", thread.get("State"));
        shown.put("voluntary_ctxt_switches (this thread)", thread.get("voluntary_ctxt_switches"));
        shown.put("nonvoluntary_ctxt_switches (this thread)", thread.get("nonvoluntary_ctxt_switches"));
        return shown;
    }

    /** "Name:\tvalue" lines to a map; values keep their units ("41236 kB"). */
    static Map<String, String> fields(List<String> lines) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 1).strip().replaceAll("\\s+", " "));
            }
        }
        return fields;
    }
}

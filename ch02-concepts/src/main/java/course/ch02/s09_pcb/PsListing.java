package course.ch02.s09_pcb;

import course.kit.Usage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/**
 * §2.9 Implementing process concurrency (进程并发的实现) — the process table, seen like {@code ps}.
 *
 * <p><b>The Python original</b> explains how one CPU runs many processes: an interrupt stops the
 * running process, the OS saves everything needed to resume it in the <em>process table</em> —
 * one entry, the process control block, per process: program counter, stack pointer, memory,
 * open files, accounting and scheduling information — then picks the next process. Restored
 * later, the process goes on as if nothing had happened.
 *
 * <p><b>In Java</b> {@link ProcessHandle#allProcesses()} lists the entries this JVM may see, with the part of
 * each that the OS shares: pid, parent, user, CPU time used, start time, command. This listing
 * puts the processes that used the most CPU time first (like {@code ps -e --sort=-time}): the
 * ones the OS switched between most while they ran. Where the OS hides a command (kernel
 * threads, other users' processes), Linux still shows the short name in {@code /proc/<pid>/comm},
 * printed in brackets as {@code ps} does.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch02-concepts compile exec:exec -Dsection=2.9};
 * argument {@code [ROWS]} (default 15); a negative number, a non-number or a second argument ends
 * with a {@code usage:} line and exit code 2.
 *
 * <p><b>Expected</b> (the processes are the machine's at that moment; {@code *} marks this JVM,
 * always shown; eleven rows of this run are left out at {@code …}):
 * <pre>
 * allProcesses(): 114 processes visible; the 15 that used the most CPU time, and this JVM (*):
 *       PID     PPID USER          CPU ms START     COMMAND
 *      6909        1 root           28600 21:58:36  dash
 *      7465     7463 root           27310 21:58:39  dash
 *      7466     7463 root           25980 21:58:39  dash
 *       107        2 root           22550 21:32:16  [kdamond.0]
 *   …
 * *     8223     6485 root             140 22:03:49  java
 * </pre>
 */
public final class PsListing {

    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    public static void main(String[] args) {
        int rows;
        try {
            rows = args.length == 0 ? 15 : Integer.parseInt(args[0]);
        } catch (NumberFormatException e) {
            rows = -1;
        }
        if (args.length > 1 || rows < 0) {
            Usage.exit("usage: PsListing [ROWS >= 0]   (how many processes to list besides this JVM)");
            return;
        }

        ProcessHandle me = ProcessHandle.current();
        // A snapshot: processes come and go while we look, and info() may be empty for
        // processes of other users. Nothing here may assume a process still exists.
        List<Entry> all = ProcessHandle.allProcesses()
                .map(p -> new Entry(p, p.info()))
                .sorted(Comparator.comparing(Entry::cpu).reversed())
                .toList();
        System.out.printf("allProcesses(): %d processes visible; the %d that used the most CPU time, and this JVM (*):%n",
                all.size(), Math.min(rows, all.size()));
        System.out.printf("  %8s %8s %-10s %9s %-9s %s%n", "PID", "PPID", "USER", "CPU ms", "START", "COMMAND");
        for (int i = 0; i < all.size(); i++) {
            Entry entry = all.get(i);
            if (i < rows || entry.process().pid() == me.pid()) {
                System.out.println(row(entry, entry.process().pid() == me.pid()));
            }
        }
    }

    /** One process and one snapshot of its information. */
    record Entry(ProcessHandle process, ProcessHandle.Info info) {
        Duration cpu() {
            return info.totalCpuDuration().orElse(Duration.ZERO);
        }
    }

    static String row(Entry entry, boolean isMe) {
        ProcessHandle p = entry.process();
        ProcessHandle.Info info = entry.info();
        String parent = p.parent().map(h -> String.valueOf(h.pid())).orElse("-");
        String user = info.user().orElse("?");
        String cpu = info.totalCpuDuration().map(d -> String.valueOf(d.toMillis())).orElse("?");
        String start = info.startInstant().map(CLOCK::format).orElse("?");
        String command = info.command().map(c -> c.substring(c.lastIndexOf('/') + 1)).orElseGet(() -> shortName(p));
        return String.format("%s %8d %8s %-10s %9s %-9s %s", isMe ? "*" : " ", p.pid(), parent,
                user.length() > 10 ? user.substring(0, 10) : user, cpu, start, command);
    }

    /** Linux's short name of a process, "[name]" as ps prints it; "?" elsewhere or if gone. */
    static String shortName(ProcessHandle p) {
        try {
            return "[" + Files.readString(Path.of("/proc", String.valueOf(p.pid()), "comm")).strip() + "]";
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}

package course.ch04.s01_thread;

import course.kit.Usage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * §4.1 What is a thread (什么是线程) — every thread of a program lives in the same process.
 *
 * <p><b>The Python original</b> explains that a thread is one sequential flow of control, the
 * unit the operating system schedules inside a process, and that one program can run several
 * threads that do different work at the same time. A process owns the resources (memory,
 * open files); its threads run in it and share them.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch04-multithreading compile exec:exec -Dsection=4.1}
 *
 * <p><b>Expected</b> (one run; your pid differs, and the worker lines come in any order):
 * <pre>
 * main: pid 3509
 * worker-2: pid 3509
 * worker-3: pid 3509
 * worker-1: pid 3509
 * 4 threads reported 1 distinct pid: one process, several threads
 * </pre>
 * Compare with chapter 3, where every child process printed a pid of its own.
 */
public final class SamePid {

    static final int WORKERS = 3;

    public static void main(String[] args) throws InterruptedException {
        Usage.noArguments(args, SamePid.class);
        // ProcessHandle.current().pid() is Java's os.getpid(): the id of the process, which
        // is the same whichever thread asks.
        Set<Long> pids = ConcurrentHashMap.newKeySet();
        report(pids);

        // Three more threads ask the same question. They print as soon as they run, so their
        // lines may come in any order: the operating system decides who runs when.
        List<Thread> workers = new ArrayList<>();
        for (int i = 1; i <= WORKERS; i++) {
            workers.add(Thread.ofPlatform().name("worker-" + i).start(() -> report(pids)));
        }
        for (Thread worker : workers) {
            worker.join();
        }

        // join() waited for every worker, so every pid is in the set by now (§4.4 says why
        // the main thread is then sure to see what the workers wrote).
        System.out.printf("%d threads reported %d distinct pid: one process, several threads%n",
                WORKERS + 1, pids.size());
    }

    private static void report(Set<Long> pids) {
        long pid = ProcessHandle.current().pid();
        pids.add(pid);
        System.out.println(Thread.currentThread().getName() + ": pid " + pid);
    }
}

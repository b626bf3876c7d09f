package course.ch03.s01_module;

import course.kit.Usage;

import java.util.List;

/**
 * §3.1 The multiprocessing module (模块介绍) — the whole chapter in one table: each piece of
 * Python's {@code multiprocessing} and what this course uses for it in Java.
 *
 * <p><b>The Python original</b> introduces {@code multiprocessing} as a threading-like API that
 * starts processes instead of threads, so that CPU-bound Python code escapes the GIL, on Unix and
 * Windows alike.
 *
 * <p><b>In Java</b> the answer is different: the JVM has no GIL, so "use every core" is done with
 * threads (chapter 4). A second process is for isolation: its own memory, its own crash, its
 * own lifetime. Java cannot fork the running JVM; it starts a new one with
 * {@link ProcessBuilder} and talks to it through pipes, files or sockets. This chapter rebuilds
 * each Python idea on that.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.1}
 *
 * <p><b>Expected</b> (the same on every run; the chapter README shows the same rows, and tests keep
 * all three equal):
 * <pre>
 * Python multiprocessing                             | §        | Java in this chapter
 * -------------------------------------------------- | -------- | --------------------
 * import multiprocessing                             | 3.1      | ProcessBuilder, Process, ProcessHandle (java.lang)
 * Process(target=f, args=(...), name=...)            | 3.2      | new JavaProcess(Main.class, args, name): a child JVM runs Main.main(args)
 * p.start() / p.join([timeout])                      | 3.2, 3.6 | start() / join(), join(Duration) on ProcessBuilder.start() and Process.waitFor
 * p.exitcode (None while running, -N after signal N) | 3.2      | exitCode(): OptionalInt, empty while running; -15/-9 for terminate()/kill()
 * subclass Process and override run()                | 3.3      | subclass JavaProcess and override run(); the child JVM calls it
 * if __name__ == '__main__':                         | 3.3      | not needed: a child JVM starts at the main class it is given
 * socket server, one Process per connection          | 3.4      | ServerSocket on 127.0.0.1; per connection a child JVM fed through its stdin/stdout
 * module globals, copied into the child              | 3.5      | static fields: fresh in every JVM, never shared
 * p.terminate() / p.kill() / p.is_alive()            | 3.7      | terminate() = Process.destroy() (SIGTERM), kill() = destroyForcibly(), isAlive()
 * p.pid, os.getpid(), os.getppid()                   | 3.7      | pid(), ProcessHandle.current().pid(), ProcessHandle.current().parent()
 * p.daemon = True                                    | 3.8      | setDaemon(true): shutdown hook here + the child watches its parent's pid
 * Pool(n), apply, apply_async, close, join           | 3.9      | a pool of N long-lived worker JVMs; results as CompletableFuture
 * concurrent.futures.ProcessPoolExecutor             | 3.10     | ExecutorService and Future (Python's API was modelled on them)
 * Lock() shared by processes                         | 3.11     | FileChannel.lock(): a FileLock on a shared file
 * Queue(maxsize), Pipe()                             | 3.12     | BlockingQueue in one JVM; a pipe between JVMs (ProcessBuilder.startPipeline)
 * producer/consumer with None as the end signal      | 3.13     | end of stream across processes; a poison pill in a BlockingQueue
 * Manager().dict(), Value, Array                     | 3.14     | a memory-mapped file (FileChannel.map) guarded by a FileLock
 * </pre>
 */
public final class ModuleMap {

    /** One row: the Python piece, its Java counterpart here, and the section that shows it. */
    public record Row(String python, String java, String section) {
    }

    /** The table; the chapter README shows the same rows (a test keeps them equal). */
    public static final List<Row> ROWS = List.of(
            new Row("import multiprocessing", "ProcessBuilder, Process, ProcessHandle (java.lang)", "3.1"),
            new Row("Process(target=f, args=(...), name=...)", "new JavaProcess(Main.class, args, name): a child JVM runs Main.main(args)", "3.2"),
            new Row("p.start() / p.join([timeout])", "start() / join(), join(Duration) on ProcessBuilder.start() and Process.waitFor", "3.2, 3.6"),
            new Row("p.exitcode (None while running, -N after signal N)", "exitCode(): OptionalInt, empty while running; -15/-9 for terminate()/kill()", "3.2"),
            new Row("subclass Process and override run()", "subclass JavaProcess and override run(); the child JVM calls it", "3.3"),
            new Row("if __name__ == '__main__':", "not needed: a child JVM starts at the main class it is given", "3.3"),
            new Row("socket server, one Process per connection", "ServerSocket on 127.0.0.1; per connection a child JVM fed through its stdin/stdout", "3.4"),
            new Row("module globals, copied into the child", "static fields: fresh in every JVM, never shared", "3.5"),
            new Row("p.terminate() / p.kill() / p.is_alive()", "terminate() = Process.destroy() (SIGTERM), kill() = destroyForcibly(), isAlive()", "3.7"),
            new Row("p.pid, os.getpid(), os.getppid()", "pid(), ProcessHandle.current().pid(), ProcessHandle.current().parent()", "3.7"),
            new Row("p.daemon = True", "setDaemon(true): shutdown hook here + the child watches its parent's pid", "3.8"),
            new Row("Pool(n), apply, apply_async, close, join", "a pool of N long-lived worker JVMs; results as CompletableFuture", "3.9"),
            new Row("concurrent.futures.ProcessPoolExecutor", "ExecutorService and Future (Python's API was modelled on them)", "3.10"),
            new Row("Lock() shared by processes", "FileChannel.lock(): a FileLock on a shared file", "3.11"),
            new Row("Queue(maxsize), Pipe()", "BlockingQueue in one JVM; a pipe between JVMs (ProcessBuilder.startPipeline)", "3.12"),
            new Row("producer/consumer with None as the end signal", "end of stream across processes; a poison pill in a BlockingQueue", "3.13"),
            new Row("Manager().dict(), Value, Array", "a memory-mapped file (FileChannel.map) guarded by a FileLock", "3.14"));

    private ModuleMap() {
    }

    public static void main(String[] args) {
        Usage.noArguments(args, ModuleMap.class);
        int pythonWidth = ROWS.stream().mapToInt(r -> r.python().length()).max().orElse(0);
        int sectionWidth = ROWS.stream().mapToInt(r -> r.section().length()).max().orElse(0);
        String format = "%-" + pythonWidth + "s | %-" + sectionWidth + "s | %s%n";
        System.out.printf(format, "Python multiprocessing", "§", "Java in this chapter");
        System.out.printf(format, "-".repeat(pythonWidth), "-".repeat(sectionWidth), "-".repeat(20));
        for (Row row : ROWS) {
            System.out.printf(format, row.python(), row.section(), row.java());
        }
    }
}

package course.ch03.process;

import course.kit.ChildJvm;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * §3.2 The Process class (Process类) — the course's own {@code multiprocessing.Process}, for a
 * child JVM.
 *
 * <p>Python's {@code Process(target=f, args=(...), name=...)} runs a function in a new process.
 * Java cannot fork itself, so a {@code JavaProcess} runs Java code in a <em>new JVM</em> started
 * with {@link ProcessBuilder} (the §3.2 demo {@code BareProcessBuilder} shows the bare calls it wraps):
 * <ul>
 *   <li>{@code new JavaProcess(Main.class, "arg", ...)}: the child runs {@code Main.main(args)}
 *       — the target form;</li>
 *   <li>a subclass overriding {@link #run()}: the child creates the subclass through its
 *       no-argument constructor and calls {@code run()} there (§3.3).</li>
 * </ul>
 *
 * <table>
 *   <caption>Python's Process and this class</caption>
 *   <tr><th>Python</th><th>JavaProcess</th><th>underneath</th></tr>
 *   <tr><td>{@code p.start()}</td><td>{@link #start()} (once)</td><td>{@code ProcessBuilder.start()}</td></tr>
 *   <tr><td>{@code p.join([timeout])}</td><td>{@link #join()}, {@link #join(Duration)}</td><td>{@code Process.waitFor}</td></tr>
 *   <tr><td>{@code p.terminate()}</td><td>{@link #terminate()}</td><td>{@code ProcessHandle.destroy()} (SIGTERM)</td></tr>
 *   <tr><td>{@code p.kill()}</td><td>{@link #kill()}</td><td>{@code ProcessHandle.destroyForcibly()} (SIGKILL)</td></tr>
 *   <tr><td>{@code p.is_alive()}</td><td>{@link #isAlive()}</td><td>{@code Process.isAlive()}</td></tr>
 *   <tr><td>{@code p.pid}</td><td>{@link #pid()}</td><td>{@code Process.pid()}</td></tr>
 *   <tr><td>{@code p.exitcode}</td><td>{@link #exitCode()}</td><td>{@code Process.exitValue()}</td></tr>
 *   <tr><td>{@code p.name}</td><td>{@link #name()}</td><td>passed to the child as {@value #NAME_PROPERTY}</td></tr>
 *   <tr><td>{@code p.daemon = True}</td><td>{@link #setDaemon(boolean)}</td><td>a shutdown hook here, a parent watch there</td></tr>
 * </table>
 *
 * <p><b>Exit codes.</b> {@link #exitCode()} is empty until the child has ended. A JVM that gets
 * SIGTERM runs its shutdown hooks and exits with 143 (128 + 15); one killed by SIGKILL is
 * reported by Java as 137 (128 + 9). Java cannot tell "killed by signal N" from "exited with
 * 128 + N", so this class reports Python's {@code -N} only for the signals it sent itself
 * ({@link #terminate()} → −15, {@link #kill()} → −9); a child killed by someone else shows
 * 128 + N.
 *
 * <p><b>The child's output.</b> By default the child's standard output and error are read by two threads
 * and kept ({@link #output()}, {@link #errorOutput()}): an unread pipe would fill up and block
 * the child. {@code forwardOutput...} also passes each line on as it comes; {@link #inheritIO()}
 * lets the child write to this JVM's console (interactive demos only: never under a test
 * runner); {@link #pipeIO()} hands the child's stdin and stdout to the caller (§3.4).
 *
 * <p><b>Daemons.</b> Java has no daemon flag for processes, and the operating system does not end
 * a child when its parent dies. {@link #setDaemon(boolean) setDaemon(true)} makes it real twice
 * over: a shutdown hook in this JVM terminates live daemon children when this JVM exits, and the
 * child is told this JVM's pid ({@value #DAEMON_PARENT_PROPERTY}) and halts as soon as this JVM
 * is gone — even after {@code kill -9}, when no hook runs. A daemon child may not start children.
 */
public class JavaProcess {

    /** System property of a daemon child: the pid of the parent it watches. */
    public static final String DAEMON_PARENT_PROPERTY = "course.daemonParent";
    /** System property of every child: its name. */
    public static final String NAME_PROPERTY = "course.processName";
    /** Python's message, word for word. */
    public static final String DAEMON_CHILDREN_MESSAGE = "daemonic processes are not allowed to have children";

    private static final AtomicInteger NEXT_NUMBER = new AtomicInteger(1);
    /** How long join() waits for the last output after the child has ended. */
    private static final long OUTPUT_DRAIN_MILLIS = 2_000;
    /** Output kept per stream; a chatty long-lived child must not fill this JVM's heap. */
    private static final int KEPT_CHARS = 1 << 20;

    private enum Io { COLLECT, INHERIT, PIPE }

    private final Class<?> mainClass;          // the target form; null for a subclass
    private volatile List<String> args;
    private volatile String name;
    private boolean daemon;
    private Io io = Io.COLLECT;
    private Consumer<String> stdoutLines = line -> { };
    private Consumer<String> stderrLines = line -> { };
    private final StringBuffer stdout = new StringBuffer();
    private final StringBuffer stderr = new StringBuffer();
    private final List<Thread> pumps = new ArrayList<>();
    private final CountDownLatch firstStdoutLine = new CountDownLatch(1);
    private volatile Process process;
    private volatile boolean sentTerm;
    private volatile boolean sentKill;

    /** Target form: the child runs {@code mainClass.main(args)}; the name is {@code JavaProcess-N}. */
    public JavaProcess(Class<?> mainClass, String... args) {
        this(mainClass, List.of(args), null);
    }

    /** Target form with a name ({@code null} means {@code JavaProcess-N}, like Python's {@code Process-N}). */
    public JavaProcess(Class<?> mainClass, List<String> args, String name) {
        Objects.requireNonNull(mainClass, "mainClass");
        requireMain(mainClass);
        this.mainClass = mainClass;
        this.args = List.copyOf(args);
        this.name = name != null ? name : defaultName();
    }

    /** Subclass form: the child JVM runs this object's {@link #run()}. */
    protected JavaProcess() {
        this(null, List.of());
    }

    /** Subclass form with a name. */
    protected JavaProcess(String name) {
        this(name, List.of());
    }

    /** Subclass form with a name and arguments (read them in the child with {@link #args()}). */
    protected JavaProcess(String name, List<String> args) {
        this.mainClass = null;
        this.args = List.copyOf(args);
        this.name = name != null ? name : defaultName();
        requireRebuildableInChild(getClass());
    }

    /**
     * What the child does. The target form calls {@code main(args)} of the target class — in
     * <em>this</em> JVM if you call {@code run()} yourself (as in Python, {@code p.run()} does not
     * start a process; {@link #start()} does). A subclass overrides it; the child JVM calls it.
     */
    public void run() {
        if (mainClass == null) {
            return;
        }
        try {
            mainHandle(mainClass).invokeExact(args.toArray(String[]::new));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(mainClass.getName() + ".main threw " + t, t);
        }
    }

    // ---- configuration, before start() -------------------------------------------------------

    /** Python's {@code p.daemon = True}; only before {@link #start()}. */
    public synchronized JavaProcess setDaemon(boolean daemon) {
        requireNotStarted();
        this.daemon = daemon;
        return this;
    }

    /** Each line the child prints goes on to {@code out} (stdout) or {@code err} (stderr), as it is. */
    public JavaProcess forwardOutput(PrintStream out, PrintStream err) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        return forwardOutput(out::println, err::println);
    }

    /** Each line of both streams goes to {@code target} as {@code [name] line}. */
    public JavaProcess forwardOutputWithName(PrintStream target) {
        Objects.requireNonNull(target, "target");
        return forwardOutput(line -> target.println("[" + name + "] " + line),
                line -> target.println("[" + name + "] " + line));
    }

    /** Each line of the child's stdout and stderr is passed to these consumers (on a reader thread). */
    public synchronized JavaProcess forwardOutput(Consumer<String> stdoutLines, Consumer<String> stderrLines) {
        requireNotStarted();
        this.stdoutLines = Objects.requireNonNull(stdoutLines, "stdoutLines");
        this.stderrLines = Objects.requireNonNull(stderrLines, "stderrLines");
        return this;
    }

    /** The child shares this JVM's console. Interactive demos only: under a test runner read the pipes. */
    public synchronized JavaProcess inheritIO() {
        requireNotStarted();
        io = Io.INHERIT;
        return this;
    }

    /** The caller writes the child's stdin ({@link #stdin()}) and reads its stdout ({@link #stdout()}). */
    public synchronized JavaProcess pipeIO() {
        requireNotStarted();
        io = Io.PIPE;
        return this;
    }

    // ---- life cycle ----------------------------------------------------------------------------

    /** Starts the child JVM. A process starts once; a daemon child may not start any. */
    public synchronized void start() throws IOException {
        if (process != null) {
            throw new IllegalStateException("cannot start a process twice");
        }
        if (isDaemonProcess()) {
            throw new IllegalStateException(DAEMON_CHILDREN_MESSAGE);
        }
        ProcessBuilder builder = new ProcessBuilder(command());
        if (io == Io.INHERIT) {
            builder.inheritIO();
        }
        Process started = builder.start();
        process = started;
        if (io == Io.COLLECT) {
            started.getOutputStream().close();   // no input, like a Python child: reading gets EOF
        }
        if (io != Io.INHERIT) {
            if (io == Io.COLLECT) {
                Consumer<String> forward = stdoutLines;
                pumps.add(pump(started.getInputStream(), stdout, line -> {
                    forward.accept(line);
                    firstStdoutLine.countDown();
                }, "stdout"));
            }
            pumps.add(pump(started.getErrorStream(), stderr, stderrLines, "stderr"));
        }
        if (daemon) {
            DaemonChildren.register(this);
        }
    }

    /**
     * Waits at most {@code timeout} for the child's first line on stdout; {@code false} if none came.
     * A child that has printed is up and running its code. Python's fork has a child running within
     * a millisecond; a child JVM needs a tenth of a second or more, and one stopped while it is still
     * starting up may end with exit code 1 instead of the code of the signal. Needs the output
     * collected (the default, or {@link #forwardOutput}), not {@link #inheritIO()} or {@link #pipeIO()}.
     */
    public boolean awaitFirstLine(Duration timeout) throws InterruptedException {
        synchronized (this) {
            if (process == null || io != Io.COLLECT) {
                throw new IllegalStateException("awaitFirstLine needs a started child whose output this object collects");
            }
        }
        return firstStdoutLine.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Waits until the child has ended (and its last output has been read). */
    public void join() throws InterruptedException {
        requireStarted("can only join a started process").waitFor();
        drainOutput();
    }

    /** Waits at most {@code timeout}; {@code true} if the child has ended. */
    public boolean join(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout");
        Process p = requireStarted("can only join a started process");
        if (!p.waitFor(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS)) {
            return false;
        }
        drainOutput();
        return true;
    }

    /** Asks the child to stop (SIGTERM): a JVM runs its shutdown hooks, but no finally blocks. */
    public void terminate() {
        Process p = requireStarted("cannot terminate a process that was never started");
        if (p.isAlive()) {
            sentTerm = true;
            // Through the handle: Process.destroy() would also close our ends of the child's
            // pipes, and what the child prints while it shuts down (its hooks) would be lost.
            p.toHandle().destroy();
        }
    }

    /** Stops the child at once (SIGKILL): nothing in the child runs any more. */
    public void kill() {
        Process p = requireStarted("cannot kill a process that was never started");
        if (p.isAlive()) {
            sentKill = true;
            p.toHandle().destroyForcibly();
        }
    }

    public boolean isAlive() {
        Process p = process;
        return p != null && p.isAlive();
    }

    /** The child's pid; there is none before {@link #start()}. */
    public long pid() {
        return requireStarted("process not started: no pid yet").pid();
    }

    /** Empty while the child runs (or before it starts); −N if this object ended it with signal N. */
    public OptionalInt exitCode() {
        Process p = process;
        if (p == null || p.isAlive()) {
            return OptionalInt.empty();
        }
        int value = p.exitValue();
        if (sentKill && value == 128 + 9) {
            return OptionalInt.of(-9);
        }
        if (sentTerm && value == 128 + 15) {
            return OptionalInt.of(-15);
        }
        return OptionalInt.of(value);
    }

    // ---- attributes and output ----------------------------------------------------------------

    public String name() {
        return name;
    }

    public boolean isDaemon() {
        return daemon;
    }

    /** The arguments: of the target's main, or of a subclass (in the child as well). */
    public List<String> args() {
        return args;
    }

    /** What the child printed on stdout so far (empty with inheritIO or pipeIO). */
    public String output() {
        return stdout.toString();
    }

    /** What the child printed on stderr so far (empty with inheritIO). */
    public String errorOutput() {
        return stderr.toString();
    }

    /** The child's stdin, with {@link #pipeIO()} only. */
    public OutputStream stdin() {
        requirePiped();
        return process.getOutputStream();
    }

    /** The child's stdout, with {@link #pipeIO()} only. */
    public InputStream stdout() {
        requirePiped();
        return process.getInputStream();
    }

    /** The command line {@link #start()} runs: {@code java <flags> -cp <class path> ChildMain ...}. */
    public List<String> command() {
        boolean subclass = getClass() != JavaProcess.class;
        List<String> childArgs = new ArrayList<>();
        childArgs.add(subclass ? ChildMain.RUN : ChildMain.MAIN);
        childArgs.add(subclass ? getClass().getName() : mainClass.getName());
        childArgs.addAll(args);
        List<String> command = new ArrayList<>(ChildJvm.command(ChildMain.class.getName(), childArgs));
        List<String> options = new ArrayList<>(List.of(
                "-D" + NAME_PROPERTY + "=" + name,
                // Decode the pipes as UTF-8 whatever the locale: Java picks stdout's charset from it.
                "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8"));
        if (daemon) {
            options.add("-D" + DAEMON_PARENT_PROPERTY + "=" + ProcessHandle.current().pid());
        }
        command.addAll(1, options);                // right after the java executable
        return command;
    }

    @Override
    public String toString() {
        Process p = process;
        String state = p == null ? "initial" : p.isAlive() ? "started" : "stopped exitcode=" + exitCode().orElseThrow();
        return "<" + getClass().getSimpleName() + " name='" + name + "' " + state + (daemon ? " daemon" : "") + ">";
    }

    // ---- the child's view ----------------------------------------------------------------------

    /** Python's {@code current_process().name}: a child's name, or {@code MainProcess}. */
    public static String currentName() {
        return System.getProperty(NAME_PROPERTY, "MainProcess");
    }

    /** Whether this JVM was started as a daemon child. */
    public static boolean isDaemonProcess() {
        return System.getProperty(DAEMON_PARENT_PROPERTY) != null;
    }

    /** Called by {@link ChildMain} on the object it rebuilt in the child JVM. */
    final void becomeChild(String name, List<String> args) {
        this.name = name;
        this.args = List.copyOf(args);
    }

    // ---- internals -----------------------------------------------------------------------------

    private static String defaultName() {
        return "JavaProcess-" + NEXT_NUMBER.getAndIncrement();
    }

    static MethodHandle mainHandle(Class<?> mainClass) {
        try {
            return MethodHandles.publicLookup()
                    .findStatic(mainClass, "main", MethodType.methodType(void.class, String[].class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalArgumentException(mainClass.getName() + " has no public static void main(String[])", e);
        }
    }

    private static void requireMain(Class<?> mainClass) {
        mainHandle(mainClass);      // a public class with a public static main, or an IllegalArgumentException
    }

    /** Also used by {@link ChildMain}, which is given the class by name on its command line. */
    static void requireRebuildableInChild(Class<?> type) {
        if (type.isAnonymousClass() || type.isLocalClass() || type.isHidden()) {
            throw new IllegalArgumentException(type.getName()
                    + " must be a named top-level or static nested class: the child JVM loads it by name");
        }
        try {
            type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName()
                    + " needs a no-argument constructor: the child JVM creates the object with it", e);
        }
    }

    private void requireNotStarted() {
        if (process != null) {
            throw new IllegalStateException("process has already started");
        }
    }

    private Process requireStarted(String message) {
        Process p = process;
        if (p == null) {
            throw new IllegalStateException(message);
        }
        return p;
    }

    private void requirePiped() {
        requireStarted("process not started: no pipes yet");
        if (io != Io.PIPE) {
            throw new IllegalStateException("the child's stdin and stdout are only yours with pipeIO()");
        }
    }

    // Keeps the text exactly as it came (line ends included) and hands out complete lines.
    private Thread pump(InputStream from, StringBuffer keep, Consumer<String> lines, String stream) {
        return Thread.ofPlatform().daemon().name(name + "-" + stream).start(() -> {
            StringBuilder line = new StringBuilder();
            char[] buffer = new char[8192];
            try (Reader in = new InputStreamReader(from, StandardCharsets.UTF_8)) {
                for (int n; (n = in.read(buffer)) != -1; ) {
                    if (keep.length() < KEPT_CHARS) {
                        keep.append(buffer, 0, n);
                    }
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
                            lines.accept(line.substring(0, end));
                            line.setLength(0);
                        } else {
                            line.append(buffer[i]);
                        }
                    }
                }
            } catch (IOException e) {
                // The pipe was closed under us (the child was killed): the output ends here.
            }
            if (!line.isEmpty()) {
                lines.accept(line.toString());      // a last line without a line end
            }
        });
    }

    private void drainOutput() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(OUTPUT_DRAIN_MILLIS);
        List<Thread> readers;
        synchronized (this) {
            readers = List.copyOf(pumps);
        }
        for (Thread reader : readers) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                reader.join(Duration.ofNanos(left));
            }
        }
    }

    /** The daemon children of this JVM, ended by a shutdown hook when it exits. */
    private static final class DaemonChildren {
        private static final Set<JavaProcess> LIVE = ConcurrentHashMap.newKeySet();
        private static final AtomicBoolean HOOKED = new AtomicBoolean();

        static void register(JavaProcess child) {
            if (HOOKED.compareAndSet(false, true)) {
                try {
                    Runtime.getRuntime().addShutdownHook(
                            new Thread(DaemonChildren::endAll, "JavaProcess daemon children"));
                } catch (IllegalStateException shuttingDown) {
                    child.process.destroyForcibly();   // this JVM is exiting: a daemon must not outlive it
                    throw shuttingDown;
                }
            }
            LIVE.add(child);
            child.process.onExit().thenRun(() -> LIVE.remove(child));
        }

        // Python terminates daemonic children at exit; so does this hook, then waits a little
        // and kills whatever is still there.
        private static void endAll() {
            List<JavaProcess> children = List.copyOf(LIVE);
            children.forEach(JavaProcess::terminate);
            try {
                for (JavaProcess child : children) {
                    if (!child.process.waitFor(1, TimeUnit.SECONDS)) {
                        child.kill();
                        child.process.waitFor(1, TimeUnit.SECONDS);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                children.forEach(JavaProcess::kill);
            }
        }
    }
}

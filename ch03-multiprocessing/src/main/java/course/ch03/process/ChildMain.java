package course.ch03.process;

import course.kit.Usage;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * §3.2 / §3.3 — the entry point of every child JVM that {@link JavaProcess} starts.
 *
 * <pre>
 * java ... course.ch03.process.ChildMain main &lt;MainClass&gt; args...   # target form
 * java ... course.ch03.process.ChildMain run  &lt;Subclass&gt;  args...   # subclass form
 * </pre>
 *
 * <p>Python pickles the {@code Process} object and rebuilds it in the child. Here the child JVM
 * loads the subclass by name, creates it with its no-argument constructor, gives it its name and
 * arguments, and calls {@code run()}. Nothing else crosses over: the child starts from fresh
 * class loading, so every static field has its initial value (§3.5).
 *
 * <p>A daemon child first starts watching its parent (§3.8). A command line of another form, or
 * a class that does not exist, has no {@code main}, or is no {@code JavaProcess} with a
 * constructor without arguments, gets a usage line and exit code 2.
 */
public final class ChildMain {

    static final String MAIN = "main";
    static final String RUN = "run";
    private static final String USAGE = "usage: ChildMain main|run <class> [args...]   (started by JavaProcess)";
    /** A daemon whose parent has gone halts with the code a JVM gets from SIGTERM (128 + 15). */
    public static final int PARENT_GONE_EXIT_CODE = 143;

    private ChildMain() {
    }

    public static void main(String[] argv) throws Throwable {
        if (argv.length < 2 || !(argv[0].equals(MAIN) || argv[0].equals(RUN))) {
            Usage.exit(USAGE);
            return;
        }
        watchParentIfDaemon();
        // A class that cannot be found or used is a wrong command line: a usage line, exit code 2.
        Class<?> type;
        try {
            type = Class.forName(argv[1]);
        } catch (ClassNotFoundException e) {
            Usage.exit(USAGE + "   (no class " + argv[1] + ")");
            return;
        }
        String[] args = Arrays.copyOfRange(argv, 2, argv.length);
        if (argv[0].equals(MAIN)) {
            MethodHandle entry;
            try {
                entry = JavaProcess.mainHandle(type);
            } catch (IllegalArgumentException e) {
                Usage.exit(USAGE + "   (" + e.getMessage() + ")");
                return;
            }
            // Exceptions leave main untouched: the JVM prints them and exits with 1, as Python does.
            entry.invokeExact(args);
        } else {
            if (!JavaProcess.class.isAssignableFrom(type)) {
                Usage.exit(USAGE + "   (" + type.getName() + " is not a subclass of JavaProcess)");
                return;
            }
            try {
                JavaProcess.requireRebuildableInChild(type);
            } catch (IllegalArgumentException e) {
                Usage.exit(USAGE + "   (" + e.getMessage() + ")");
                return;
            }
            JavaProcess process = rebuild(type.asSubclass(JavaProcess.class).getDeclaredConstructor());
            process.becomeChild(JavaProcess.currentName(), List.of(args));
            process.run();
        }
    }

    private static JavaProcess rebuild(Constructor<? extends JavaProcess> constructor) throws Throwable {
        constructor.setAccessible(true);
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    // A daemon child watches the pid it was given. onExit() completes when that process has ended,
    // however it ended: a normal exit, a crash, or kill -9 (when the parent's shutdown hook
    // cannot run). The pid is checked once at start: the parent may already be gone.
    private static void watchParentIfDaemon() {
        String value = System.getProperty(JavaProcess.DAEMON_PARENT_PROPERTY);
        if (value == null) {
            return;
        }
        long parentPid = Long.parseLong(value);
        Optional<ProcessHandle> parent = ProcessHandle.of(parentPid).filter(ProcessHandle::isAlive);
        if (parent.isEmpty()) {
            parentGone(parentPid);
        }
        parent.get().onExit().thenRun(() -> parentGone(parentPid));
    }

    private static void parentGone(long parentPid) {
        System.err.println("daemon " + JavaProcess.currentName() + ": parent " + parentPid + " has ended, so this process ends too");
        // halt, not exit: no shutdown hooks, no waiting — the way Python ends a daemonic child.
        Runtime.getRuntime().halt(PARENT_GONE_EXIT_CODE);
    }
}

package course.ch03.s02_process;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * §3.2 / §3.3 — the entry point of every child JVM that {@link JavaProcess} starts.
 *
 * <pre>
 * java ... course.ch03.s02_process.ChildMain main &lt;MainClass&gt; args...   # target form
 * java ... course.ch03.s02_process.ChildMain run  &lt;Subclass&gt;  args...   # subclass form
 * </pre>
 *
 * <p>Python pickles the {@code Process} object and rebuilds it in the child. Here the child JVM
 * loads the subclass by name, creates it with its no-argument constructor, gives it its name and
 * arguments, and calls {@code run()}. Nothing else crosses over: the child starts from fresh
 * class loading, so every static field has its initial value (§3.5).
 *
 * <p>A daemon child first starts watching its parent (§3.8).
 */
public final class ChildMain {

    static final String MAIN = "main";
    static final String RUN = "run";
    /** A daemon whose parent has gone halts with the code a JVM gets from SIGTERM (128 + 15). */
    public static final int PARENT_GONE_EXIT_CODE = 143;

    private ChildMain() {
    }

    public static void main(String[] argv) throws Throwable {
        if (argv.length < 2 || !(argv[0].equals(MAIN) || argv[0].equals(RUN))) {
            System.err.println("usage: ChildMain main|run <class> [args...]  (started by JavaProcess)");
            System.exit(2);
            return;
        }
        watchParentIfDaemon();
        Class<?> type = Class.forName(argv[1]);
        String[] args = Arrays.copyOfRange(argv, 2, argv.length);
        if (argv[0].equals(MAIN)) {
            // Exceptions leave main untouched: the JVM prints them and exits with 1, as Python does.
            JavaProcess.mainHandle(type).invokeExact(args);
        } else {
            JavaProcess process = rebuild(type.asSubclass(JavaProcess.class));
            process.becomeChild(JavaProcess.currentName(), List.of(args));
            process.run();
        }
    }

    private static JavaProcess rebuild(Class<? extends JavaProcess> type) throws Throwable {
        Constructor<? extends JavaProcess> constructor = type.getDeclaredConstructor();
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

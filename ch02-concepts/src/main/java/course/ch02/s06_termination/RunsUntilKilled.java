package course.ch02.s06_termination;

import course.kit.Usage;

/**
 * §2.6 Process termination (进程的终止) — a child that would run until another process ends it.
 * Started by {@link FourWaysToEnd}.
 *
 * <p>It registers a shutdown hook (which writes on standard error), prints {@code ready}, then
 * waits for its parent to end. The parent kills it first; should the parent die instead, the
 * child ends too, so it can never be left behind.
 */
public final class RunsUntilKilled {

    public static void main(String[] args) {
        Usage.noArguments(args, RunsUntilKilled.class);
        // Runs on System.exit, at the end of main, and on SIGTERM (destroy()); never on SIGKILL.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println("shutdown hook ran")));
        System.out.println("ready");
        // Not "wait for standard input to close": destroy() also closes the parent's end of
        // that pipe, and a child that ended normally on it would race with the signal.
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().join());
        System.out.println("the parent is gone: ending");
    }
}

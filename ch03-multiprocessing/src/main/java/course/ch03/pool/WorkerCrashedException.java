package course.ch03.pool;

/**
 * The worker process running a task died (it exited, threw an {@link Error}, or was killed)
 * before it sent the result. The pool replaces the worker; the task's outcome is unknown.
 */
public final class WorkerCrashedException extends RuntimeException {

    private final long workerPid;

    WorkerCrashedException(String message, long workerPid) {
        super(message);
        this.workerPid = workerPid;
    }

    /** The pid of the worker that died. */
    public long workerPid() {
        return workerPid;
    }
}

package course.ch03.pool;

/**
 * A task threw an exception inside its worker. The message names the task, the worker's pid
 * and the remote exception ({@code java.lang.IllegalStateException: boom}); the exception
 * object itself stayed in the worker, since only text crosses the process boundary.
 */
public final class TaskFailedException extends RuntimeException {

    private final long workerPid;

    TaskFailedException(String message, long workerPid) {
        super(message);
        this.workerPid = workerPid;
    }

    /** The pid of the worker in which the task failed (it is still running). */
    public long workerPid() {
        return workerPid;
    }
}

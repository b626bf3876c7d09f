package course.ch03.pool;

/**
 * What a task sent back: its result as text, and the pid of the worker process that ran it.
 */
public record Reply(String value, long workerPid) {

    /** The value as a number, for tasks such as {@code square}. */
    public long asLong() {
        return Long.parseLong(value);
    }
}

package course.ch01.exercises;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/** Reference solution of exercise 1.6 · ResourceGroup. */
// close() rethrows whatever a resource's close() threw, so it must declare `throws Exception`;
// javac's lint warns that this includes InterruptedException, which is intended here.
@SuppressWarnings("try")
public final class ResourceGroup implements AutoCloseable {

    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private boolean closed;

    public <T extends AutoCloseable> T add(T resource) {
        Objects.requireNonNull(resource, "resource must not be null");
        if (closed) {
            throw new IllegalStateException("the group is already closed");
        }
        resources.push(resource);   // push: the last added is the first closed
        return resource;
    }

    @Override
    public void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        Throwable first = null;
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Throwable t) {   // rethrown below: nothing is swallowed
                if (first == null) {
                    first = t;
                } else if (first != t) {
                    first.addSuppressed(t);
                }
            }
        }
        if (first instanceof Exception e) {
            throw e;
        }
        if (first instanceof Error e) {
            throw e;
        }
    }
}

package course.ch01.exercises;

/**
 * Exercise 1.6 · ResourceGroup (hard) — close many resources the way try-with-resources does.
 *
 * <p><b>Task.</b> A group collects resources opened one after another (how many is known only
 * at run time, so they cannot all be listed in one {@code try (...)}) and closes them together.
 * <ul>
 *   <li>{@link #add} stores the resource and returns it; {@code null} →
 *       {@link NullPointerException} whose message contains {@code "resource"}; after the group
 *       was closed → {@link IllegalStateException} whose message contains {@code "closed"}
 *       (the resource is left alone).</li>
 *   <li>{@link #close} closes every resource exactly once, in the reverse order of adding,
 *       and goes on when a {@code close()} throws, even an {@link Error}. If any threw, it throws
 *       the first failure (in closing order) with each later one attached by
 *       {@link Throwable#addSuppressed}, in closing order. A second {@code close()} does nothing.</li>
 * </ul>
 *
 * <p><b>Hint.</b> Catch {@code Throwable} around each single {@code close()} call (the one place
 * where that is right: you rethrow it afterwards), and keep the first one in a variable.
 *
 * <p><b>Reread:</b> §1.6 ({@code TryWithResources}).
 */
// close() rethrows whatever a resource's close() threw, so it must declare `throws Exception`;
// javac's lint warns that this includes InterruptedException, which is intended here.
@SuppressWarnings("try")
public final class ResourceGroup implements AutoCloseable {

    public <T extends AutoCloseable> T add(T resource) {
        throw new UnsupportedOperationException("TODO: exercise ResourceGroup (§1.6) — implement add");
    }

    @Override
    public void close() throws Exception {
        throw new UnsupportedOperationException("TODO: exercise ResourceGroup (§1.6) — implement close");
    }
}

package course.ch03.exercises;

import java.io.IOException;
import java.util.List;

/**
 * Exercise 3.6 · ExitCodes (easy) — start N child JVMs at once and collect their exit codes in order.
 *
 * <p><b>Task.</b> Implement {@link #runAll(Class, List)}. For every element of
 * {@code argsPerChild}, a child JVM runs {@code mainClass.main(thoseArgs)}. Start them
 * <em>all</em> first, then wait for each one, and return the exit codes in the order of
 * {@code argsPerChild} — not in the order the children happened to end. An empty list starts
 * nothing and gives an empty list. A child that prints a lot must still be able to end.
 * <ul>
 *   <li>{@code null} for the class, the list or one of its elements → {@link NullPointerException};</li>
 *   <li>a class without {@code public static void main(String[])} → {@link IllegalArgumentException}
 *       whose message names the class; in both cases no child is started.</li>
 * </ul>
 *
 * <p><b>Hint.</b> {@link course.ch03.process.JavaProcess} already does the per-child work
 * (command line, reading the output, exit code): two loops over a list of them are enough.
 *
 * <p><b>Reread:</b> §3.6 ({@code StartAllThenJoinAll}: start all, then join all) and §3.2.
 */
public final class ExitCodes {

    private ExitCodes() {
    }

    public static List<Integer> runAll(Class<?> mainClass, List<List<String>> argsPerChild)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException("TODO: exercise ExitCodes (§3.6) — start every child, then wait for each");
    }
}

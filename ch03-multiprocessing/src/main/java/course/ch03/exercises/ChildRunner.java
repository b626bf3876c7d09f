package course.ch03.exercises;

import java.io.IOException;

/**
 * Exercise 3.2 · ChildRunner (medium) — run a child JVM to its end, and turn its failure into a Java exception.
 *
 * <p><b>Task.</b> Implement {@link #run(Class, String...)}: start a child JVM running
 * {@code mainClass.main(args)}, give it no input (reading its stdin gets end-of-file at once),
 * wait for it, and
 * <ul>
 *   <li>exit code 0 → return everything it printed on stdout;</li>
 *   <li>any other exit code → throw {@link ChildFailedException} with the main class's name, the
 *       exit code and everything it printed on stderr.</li>
 * </ul>
 * A child may print hundreds of kilobytes on both streams, in any order, and must not hang.
 * {@code null} class → {@link NullPointerException}; a class without
 * {@code public static void main(String[])} → {@link IllegalArgumentException} naming it.
 *
 * <p><b>Hint.</b> A pipe holds about 64 KB: a child blocked on a full stderr pipe never ends
 * while you are still reading its stdout. Read both at the same time (two threads), or let
 * {@code ProcessBuilder.redirectError(File)} write one of them to a file.
 *
 * <p><b>Reread:</b> §3.2 ({@code BareProcessBuilder}, {@code ProcessApiTour}: exit codes).
 */
public final class ChildRunner {

    private ChildRunner() {
    }

    public static String run(Class<?> mainClass, String... args)
            throws ChildFailedException, IOException, InterruptedException {
        throw new UnsupportedOperationException("TODO: exercise ChildRunner (§3.2) — run the child, return stdout or throw ChildFailedException");
    }
}

package course.ch01.s06_cleanup;

import course.kit.Usage;

/**
 * §1.6 Cleanup actions (定义清理行为) — what {@code finally} must never do.
 *
 * <p><b>The Python original</b> says {@code finally} always runs. It does not say what happens
 * when {@code finally} itself returns or throws; in Python and in Java alike, it wins.
 *
 * <p><b>In Java</b> a {@code return} in {@code finally} replaces the value the {@code try}
 * block returned <em>and</em> silently discards an exception in flight; a {@code throw} in
 * {@code finally} replaces the exception in flight. javac warns about the first
 * ({@code -Xlint:finally}: "finally clause cannot complete normally"); the broken methods
 * below silence that warning on purpose, to show the effect. Rule: {@code finally} cleans up and
 * nothing else. Also: a {@code return} value is computed before {@code finally} runs, so
 * changing a local variable there does not change what was returned.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=1.6}
 *
 * <p><b>Expected</b>
 * <pre>
 * BROKEN returnInFinallyOverridesResult() = from finally
 * BROKEN returnInFinallySwallowsException() = -1, and the IllegalStateException is gone
 * BROKEN throwInFinallyReplacesException(): caught "cleanup failed"; "work failed" is lost
 * FIXED  cleanupOnlyFinally(): caught "work failed", and the cleanup ran
 * returnValueFixedBeforeFinally() = 1 (finally set the variable to 2 afterwards)
 * </pre>
 */
public final class FinallyPitfalls {

    public static void main(String[] args) {
        Usage.noArguments(args, FinallyPitfalls.class);
        System.out.println("BROKEN returnInFinallyOverridesResult() = " + returnInFinallyOverridesResult());
        System.out.println("BROKEN returnInFinallySwallowsException() = " + returnInFinallySwallowsException()
                + ", and the IllegalStateException is gone");
        try {
            throwInFinallyReplacesException();
        } catch (IllegalStateException e) {
            System.out.println("BROKEN throwInFinallyReplacesException(): caught \"" + e.getMessage()
                    + "\"; \"work failed\" is lost");
        }
        StringBuilder cleanup = new StringBuilder();
        try {
            cleanupOnlyFinally(cleanup);
        } catch (IllegalStateException e) {
            System.out.println("FIXED  cleanupOnlyFinally(): caught \"" + e.getMessage() + "\", and the " + cleanup);
        }
        System.out.println("returnValueFixedBeforeFinally() = " + returnValueFixedBeforeFinally()
                + " (finally set the variable to 2 afterwards)");
    }

    @SuppressWarnings("finally")
    static String returnInFinallyOverridesResult() {
        try {
            return "from try";
        } finally {
            return "from finally";
        }
    }

    @SuppressWarnings("finally")
    static int returnInFinallySwallowsException() {
        try {
            throw new IllegalStateException("work failed");
        } finally {
            return -1;
        }
    }

    @SuppressWarnings("finally")
    static void throwInFinallyReplacesException() {
        try {
            throw new IllegalStateException("work failed");
        } finally {
            throw new IllegalStateException("cleanup failed");
        }
    }

    static void cleanupOnlyFinally(StringBuilder cleanup) {
        try {
            throw new IllegalStateException("work failed");
        } finally {
            cleanup.append("cleanup ran");
        }
    }

    static int returnValueFixedBeforeFinally() {
        int x = 1;
        try {
            return x;      // the value 1 is saved here ...
        } finally {
            x = 2;         // ... so this changes only the variable
        }
    }
}

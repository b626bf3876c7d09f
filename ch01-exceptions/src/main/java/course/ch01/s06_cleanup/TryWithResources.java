package course.ch01.s06_cleanup;

import course.kit.Usage;

import java.util.Arrays;
import java.util.List;

/**
 * §1.6 Cleanup actions (定义清理行为) — try-with-resources, close order, suppressed exceptions.
 *
 * <p><b>The Python original</b> uses {@code finally} for cleanup and mentions that some objects
 * clean up after themselves ({@code with open(...) as f}).
 *
 * <p><b>In Java</b> that is try-with-resources: {@code try (A a = ...; B b = ...) { ... }}
 * accepts any {@link AutoCloseable} and closes each resource when the block ends, however it
 * ends, <em>in the reverse order of opening</em> (b before a, since b may depend on a). If the
 * block throws and a {@code close()} throws too, the block's exception wins and the close
 * failures ride along as <em>suppressed</em> exceptions ({@link Throwable#getSuppressed()}).
 * Hand-written {@code finally} cleanup gets this wrong: an exception from {@code close()} in
 * {@code finally} replaces the one that mattered.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=1.6}
 *
 * <p><b>Expected</b>
 * <pre>
 * --- all goes well
 * open A, open B, open C, use A B C, close C, close B, close A
 * --- the block and two closes fail
 * open A, open B, open C, use A B C, close C, close B, close A
 * caught IllegalStateException: work failed; suppressed: [close C failed, close B failed]
 * --- the second resource cannot be opened
 * open A, close A
 * caught IllegalStateException: cannot open B; suppressed: []
 * --- BROKEN closeInFinally: the close failure hides the real one
 * open A, use A, close A
 * caught IllegalStateException: close A failed; suppressed: []
 * </pre>
 */
public final class TryWithResources {

    /** A resource that logs what happens to it and may fail on open, use or close. */
    static final class Resource implements AutoCloseable {
        private final String name;
        private final boolean failOnClose;
        private final StringBuilder log;

        Resource(String name, StringBuilder log, String failures) {
            if (failures.contains("open " + name)) {
                throw new IllegalStateException("cannot open " + name);
            }
            this.name = name;
            this.log = log;
            this.failOnClose = failures.contains("close " + name);
            log.append(log.isEmpty() ? "" : ", ").append("open ").append(name);
        }

        @Override
        public void close() {
            log.append(", close ").append(name);
            if (failOnClose) {
                throw new IllegalStateException("close " + name + " failed");
            }
        }
    }

    public static void main(String[] args) {
        Usage.noArguments(args, TryWithResources.class);
        System.out.println("--- all goes well");
        withThree("");
        System.out.println("--- the block and two closes fail");
        withThree("use, close B, close C");
        System.out.println("--- the second resource cannot be opened");
        withThree("open B");
        System.out.println("--- BROKEN closeInFinally: the close failure hides the real one");
        closeInFinally();
    }

    // The resources are declared in the parentheses; no finally is needed. A resource whose
    // constructor threw was never opened, so only the ones before it are closed.
    static void withThree(String failures) {
        StringBuilder log = new StringBuilder();
        try {
            try (Resource a = new Resource("A", log, failures);
                 Resource b = new Resource("B", log, failures);
                 Resource c = new Resource("C", log, failures)) {
                log.append(", use ").append(String.join(" ", List.of(a.name, b.name, c.name)));
                if (failures.contains("use")) {
                    throw new IllegalStateException("work failed");
                }
            }
            System.out.println(log);
        } catch (IllegalStateException e) {
            System.out.println(log);
            report(e);
        }
    }

    // What try-with-resources replaces, written by hand the obvious way. The block fails, then
    // close() in finally fails too; the exception leaving finally replaces the block's, which
    // is lost without a trace. (The compiler's own expansion catches the close failure and calls
    // addSuppressed on the primary exception instead.)
    static void closeInFinally() {
        StringBuilder log = new StringBuilder();
        try {
            Resource a = new Resource("A", log, "close A");
            try {
                log.append(", use A");
                throw new IllegalStateException("work failed");
            } finally {
                a.close();
            }
        } catch (IllegalStateException e) {
            System.out.println(log);
            report(e);
        }
    }

    static void report(Throwable e) {
        System.out.println("caught " + e.getClass().getSimpleName() + ": " + e.getMessage() + "; suppressed: "
                + Arrays.stream(e.getSuppressed()).map(Throwable::getMessage).toList());
    }
}

package course.ch02.s05_creating;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * §2.5 Creating processes (进程的创建) — the child that {@link ProcessBuilderTour} starts: it
 * reports what it was given (arguments, one environment variable, working directory) on
 * standard output, and writes one line on standard error.
 *
 * <p><b>Expected</b> (started as {@code ChildReport one "two words"} in {@code /tmp}):
 * <pre>
 * child: 2 arguments: [one] [two words]
 * child: COURSE_GREETING=(not set)
 * child: working directory /tmp
 * </pre>
 * and on standard error {@code child: this line goes to standard error}.
 *
 * <p>Every argument list is valid here, none included: reporting whatever it was given, such as
 * {@code *} or {@code $HOME} unexpanded, is the whole point of this program.
 */
public final class ChildReport {

    static final String VARIABLE = "COURSE_GREETING";

    public static void main(String[] args) {
        String shown = Arrays.stream(args).map(a -> "[" + a + "]").collect(Collectors.joining(" "));
        System.out.println("child: " + args.length + (args.length == 1 ? " argument: " : " arguments: ") + shown);
        String greeting = System.getenv(VARIABLE);
        System.out.println("child: " + VARIABLE + "=" + (greeting == null ? "(not set)" : greeting));
        // user.dir is the directory the JVM was started in: the process's working directory.
        System.out.println("child: working directory " + Path.of("").toAbsolutePath());
        System.err.println("child: this line goes to standard error");
    }
}

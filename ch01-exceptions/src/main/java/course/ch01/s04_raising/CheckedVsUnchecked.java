package course.ch01.s04_raising;

import course.kit.Usage;
import course.ch01.s01_exceptions.InMemoryCompiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * §1.4 Raising exceptions (抛出异常) — checked and unchecked exceptions, and {@code throws}.
 *
 * <p><b>The Python original</b> has no such idea: any function may raise anything, and nothing
 * tells the caller in advance.
 *
 * <p><b>In Java</b> an exception is <em>checked</em> unless it is a {@link RuntimeException} or
 * an {@link Error} (or a subclass of either). A method that may let a checked exception out must
 * say so with {@code throws}, and every caller must catch it or declare it in turn; javac
 * refuses the program otherwise. Unchecked exceptions need neither. Checked: failures outside
 * the program's control that a caller should plan for (a missing file, a dropped connection).
 * Unchecked: bugs in the calling code (a null, a bad index, a bad argument).
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=1.4}
 *
 * <p><b>Expected</b>
 * <pre>
 * IOException             checked    IOException &lt; Exception &lt; Throwable
 * NoSuchFileException     checked    NoSuchFileException &lt; FileSystemException &lt; IOException &lt; Exception &lt; Throwable
 * NumberFormatException   unchecked  NumberFormatException &lt; IllegalArgumentException &lt; RuntimeException &lt; Exception &lt; Throwable
 * UncheckedIOException    unchecked  UncheckedIOException &lt; RuntimeException &lt; Exception &lt; Throwable
 * StackOverflowError      error      StackOverflowError &lt; VirtualMachineError &lt; Error &lt; Throwable
 * --- without throws
 * Notes.java:4: error: unreported exception java.io.IOException; must be caught or declared to be thrown
 *     static String read(String name) { return Files.readString(Path.of(name)); }
 *                                                              ^
 * --- with throws IOException
 * compiled
 * firstLine(missing.txt): caught NoSuchFileException: missing.txt
 * wrapped for a lambda: UncheckedIOException, cause NoSuchFileException
 * </pre>
 */
public final class CheckedVsUnchecked {

    public static void main(String[] args) {
        Usage.noArguments(args, CheckedVsUnchecked.class);
        // 1. Where a type sits in the hierarchy decides which kind it is.
        for (Class<?> type : List.of(IOException.class, java.nio.file.NoSuchFileException.class,
                NumberFormatException.class, UncheckedIOException.class, StackOverflowError.class)) {
            System.out.printf("%-23s %-10s %s%n", type.getSimpleName(), kind(type), ancestry(type));
        }

        // 2. javac enforces the rule. Files.readString declares `throws IOException`; a method
        //    that calls it without catching must declare it too.
        if (InMemoryCompiler.available()) {
            System.out.println("--- without throws");
            report(InMemoryCompiler.compile("Notes", notes("")));
            System.out.println("--- with throws IOException");
            report(InMemoryCompiler.compile("Notes", notes(" throws IOException")));
        }

        // 3. The caller of a `throws` method decides what the failure means for it.
        try {
            System.out.println(firstLine(Path.of("missing.txt")));
        } catch (IOException e) {
            System.out.println("firstLine(missing.txt): caught " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }

        // 4. The interfaces of java.util.function declare no checked exceptions, so a lambda
        //    cannot let an IOException out. The usual answer is to wrap it in the unchecked
        //    UncheckedIOException, keeping the original as its cause (more in RethrowAndCause).
        try {
            List.of(Path.of("missing.txt")).forEach(path -> {
                try {
                    firstLine(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            System.out.println("wrapped for a lambda: " + e.getClass().getSimpleName()
                    + ", cause " + e.getCause().getClass().getSimpleName());
        }
    }

    // `throws IOException` is part of the signature: a caller cannot forget the file may be missing.
    static String firstLine(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.findFirst().orElse("");
        }
    }

    static String kind(Class<?> type) {
        if (Error.class.isAssignableFrom(type)) {
            return "error";
        }
        return RuntimeException.class.isAssignableFrom(type) ? "unchecked" : "checked";
    }

    static String ancestry(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
            names.add(c.getSimpleName());
        }
        return String.join(" < ", names);
    }

    static String notes(String throwsClause) {
        return """
                import java.io.IOException;
                import java.nio.file.*;
                public class Notes {
                    static String read(String name)%s { return Files.readString(Path.of(name)); }
                }
                """.formatted(throwsClause);
    }

    static void report(InMemoryCompiler.Outcome outcome) {
        outcome.errors().forEach(System.out::println);
        if (outcome.compiled()) {
            System.out.println("compiled");
        }
    }
}

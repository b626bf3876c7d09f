package course.ch01.s03_handling;

import course.kit.Usage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * §1.3 Handling exceptions (异常处理) — Java has no {@code else} on {@code try}.
 *
 * <p><b>The Python original</b> loops over the file names given on the command line; for
 * each it prints {@code cannot open NAME} when opening fails, and in the {@code else} block,
 * which runs only when the {@code try} block raised nothing, {@code NAME has N lines}.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=1.3}
 * (the launcher passes {@code pom.xml no-such-file.txt README.md}).
 *
 * <p><b>Expected</b> (the launcher runs it in the folder {@code ch01-exceptions}; the two counts
 * are the lengths of those files today, and change with them):
 * <pre>
 * pom.xml has 43 lines
 * cannot open no-such-file.txt
 * README.md has 132 lines
 * </pre>
 * A directory or a file that is not UTF-8 text is reported as {@code cannot open} too. Without
 * arguments, or with an argument that is no file name (blank, or an option such as {@code -v}): a
 * usage line and exit code 2, before any file is read.
 */
public final class LineCounter {

    public static void main(String[] args) {
        if (args.length == 0) {
            Usage.exit("usage: LineCounter FILE...   (prints how many lines each file has)");
        }
        // A mistake in the command line is not a file that cannot be opened: check every
        // argument before counting anything. (Like wc, a name starting with '-' is an option,
        // and LineCounter has none; write ./-name for such a file.)
        for (String name : args) {
            if (!isFileName(name)) {
                Usage.exit("usage: LineCounter FILE...   (file names only, no options; got '" + name + "')");
            }
        }
        for (String name : args) {
            // region else-idiom
            // Python:                        Java, with no `else`:
            //   try:   f = open(name)          put the "else" code where it runs only if
            //   except OSError: print(...)     nothing above it threw, and keep the try block
            //   else:  print(len(...))         about the one call that may fail.
            long lines;
            try (Stream<String> stream = Files.lines(Path.of(name))) {
                lines = stream.count();
            } catch (IOException | UncheckedIOException e) {
                // Files.lines throws NoSuchFileException (an IOException) when the file is
                // missing, and UncheckedIOException when a line cannot be decoded.
                System.out.println("cannot open " + name);
                continue;
            }
            // The `else` part: reached only when the try block completed normally. It sits
            // outside the try so that an exception thrown here would not be mistaken for
            // "cannot open" — which is exactly why Python has `else`.
            System.out.println(name + " has " + lines + " lines");
            // endregion
        }
    }

    static boolean isFileName(String name) {
        if (name.isBlank() || name.startsWith("-")) {
            return false;
        }
        try {
            Path.of(name);                  // e.g. "a<b" on Windows, a NUL character anywhere
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }
}

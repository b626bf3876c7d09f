package course.ch01.s02_common;

import course.kit.Usage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * §1.2 Common exceptions (常见异常) — the original's table of twelve Python exceptions, in Java.
 *
 * <p><b>The Python original</b> lists twelve built-in exception types with a one-line meaning
 * each, from {@code AttributeError} to {@code ValueError}.
 *
 * <p><b>In Java</b> five of the twelve never happen at run time, because javac rejects the
 * program first (indentation, unknown names, syntax, uninitialised locals) or because the
 * construct does not exist. This demo walks the table in its order: each row that Java can
 * raise while running is triggered for real and the caught type and message are printed; each
 * compile-time row says what javac reports instead. One line per row.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=1.2}
 *
 * <p><b>Expected</b> (on Windows the path reads {@code no-such-dir\no-such-file.txt}):
 * <pre>
 * AttributeError    -> NoSuchFieldException: size
 * IOError           -> NoSuchFileException: no-such-dir/no-such-file.txt
 * ImportError       -> ClassNotFoundException: numpy.ndarray
 * IndentationError  -> no Java counterpart: blocks are marked by braces, indentation means nothing
 * IndexError        -> ArrayIndexOutOfBoundsException: Index 3 out of bounds for length 3
 * KeyError          -> NoSuchElementException: No value present
 * KeyboardInterrupt -> InterruptedException: sleep interrupted
 * NameError         -> compile time only: javac says "cannot find symbol"
 * SyntaxError       -> compile time only: javac says, for example, "';' expected"
 * TypeError         -> ClassCastException: class java.lang.String cannot be cast to class java.lang.Integer (java.lang.String and java.lang.Integer are in module java.base of loader 'bootstrap')
 * UnboundLocalError -> compile time only: javac says "variable x might not have been initialized"
 * ValueError        -> NumberFormatException: For input string: "hello"
 * </pre>
 */
public final class PythonToJavaTable {

    /** Code that may throw anything, checked exceptions included. */
    interface Trigger {
        void run() throws Exception;
    }

    /** One row of the table: either code that fails at run time, or what javac says instead. */
    record Row(String python, Trigger trigger, String compileTimeNote) {
        static Row runtime(String python, Trigger trigger) {
            return new Row(python, trigger, null);
        }

        static Row compileTime(String python, String note) {
            return new Row(python, null, note);
        }
    }

    static final List<Row> TABLE = List.of(
            // Python: obj.size when obj has no such attribute. Java checks member names at
            // compile time; reflection (looking a member up by a name known only at run time)
            // is where the error survives. Calling a method on null (NullPointerException) is
            // the other close match: Python's "'NoneType' object has no attribute ...".
            Row.runtime("AttributeError", () -> String.class.getField("size")),
            // Python's IOError is OSError today; Java's IOException family is checked (§1.4).
            Row.runtime("IOError", () -> Files.readString(Path.of("no-such-dir", "no-such-file.txt"))),
            // Imports are resolved by javac; loading a class by name at run time can still fail.
            // (A class present at compile time but missing at run time: NoClassDefFoundError.)
            Row.runtime("ImportError", () -> Class.forName("numpy.ndarray")),
            Row.compileTime("IndentationError", "no Java counterpart: blocks are marked by braces, indentation means nothing"),
            Row.runtime("IndexError", () -> {
                int[] ages = {25, 30, 35};
                System.out.println(ages[3]);
            }),
            // Map.get returns null for a missing key instead of throwing; code that insists on
            // a value uses Optional.orElseThrow (or Objects.requireNonNull) to get an exception.
            Row.runtime("KeyError", () -> {
                Map<String, Integer> ages = Map.of("tom", 25);
                Optional.ofNullable(ages.get("bob")).orElseThrow();
            }),
            // Ctrl-C does not raise anything inside a Java program: the JVM runs its shutdown
            // hooks and exits. What a thread does see is InterruptedException, when another
            // thread interrupts it while it waits. Shown in a thread of its own (next method).
            Row.runtime("KeyboardInterrupt", PythonToJavaTable::interruptASleepingThread),
            Row.compileTime("NameError", "compile time only: javac says \"cannot find symbol\""),
            Row.compileTime("SyntaxError", "compile time only: javac says, for example, \"';' expected\""),
            // Most type errors are compile errors; a cast the compiler cannot check is not.
            Row.runtime("TypeError", () -> {
                Object text = "2";
                System.out.println((Integer) text + 2);
            }),
            Row.compileTime("UnboundLocalError", "compile time only: javac says \"variable x might not have been initialized\""),
            // int('hello'): NumberFormatException extends IllegalArgumentException, the
            // general "bad value" exception, Java's ValueError.
            Row.runtime("ValueError", () -> Integer.parseInt("hello")));

    public static void main(String[] args) {
        Usage.noArguments(args, PythonToJavaTable.class);
        for (Row row : TABLE) {
            System.out.printf("%-17s -> %s%n", row.python(), outcome(row));
        }
    }

    static String outcome(Row row) {
        if (row.trigger() == null) {
            return row.compileTimeNote();
        }
        try {
            row.trigger().run();
            return "nothing was thrown (this row of the demo is broken)";
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    // A sleeping thread is interrupted; its sleep ends with InterruptedException. The worker
    // restores its interrupt flag after catching it (the rule for code that cannot finish its
    // work once interrupted), and the exception is handed back to be reported.
    static void interruptASleepingThread() throws Exception {
        AtomicReference<InterruptedException> caught = new AtomicReference<>();
        Thread sleeper = Thread.ofPlatform().name("sleeper").start(() -> {
            try {
                Thread.sleep(Duration.ofHours(1));
            } catch (InterruptedException e) {
                caught.set(e);
                Thread.currentThread().interrupt();
            }
        });
        sleeper.interrupt();   // if this comes before the sleep starts, sleep throws at once
        sleeper.join();
        throw caught.get();
    }
}

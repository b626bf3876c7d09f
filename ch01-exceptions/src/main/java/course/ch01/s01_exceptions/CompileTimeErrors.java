package course.ch01.s01_exceptions;

import course.kit.Usage;

/**
 * §1.1 Exceptions (异常) — the errors Java reports before the program runs.
 *
 * <p><b>The Python original</b> splits errors into syntax errors, which Python reports when it
 * reads the file, and logic errors, which surface only when the faulty line runs. Its second
 * crash adds a string to a number ({@code TypeError}).
 *
 * <p><b>In Java</b> the compiler, not the running program, reports every syntax error and also
 * most of what Python calls {@code NameError} and {@code TypeError}. To let you watch that
 * happen, this demo hands three small broken programs to {@code javac} through the JDK's
 * compiler API ({@link InMemoryCompiler}) and prints what it says; then it compiles and runs the
 * fixed program. Nothing is written to disk.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=1.1}
 *
 * <p><b>Expected</b> (javac of JDK 25; an older javac words the missing parenthesis differently,
 * at the same place):
 * <pre>
 * --- a syntax error (Python: SyntaxError)
 * Hello.java:3: error: ')' or ',' expected
 *         System.out.println("hello";
 *                                   ^
 * compiled: no, so not even the first line of main ran
 * --- an unknown name (Python: NameError, at run time)
 * Hello.java:3: error: cannot find symbol
 *   symbol:   variable age
 *   location: class Hello
 *         System.out.println(age);
 *                            ^
 * compiled: no, so not even the first line of main ran
 * --- a string where a number belongs (Python: TypeError, at run time)
 * Hello.java:3: error: incompatible types: java.lang.String cannot be converted to int
 *         int total = "2" + 2;
 *                         ^
 * compiled: no, so not even the first line of main ran
 * --- fixed: "2" + 2 joins text, it is no error in Java
 * compiled: yes; running Hello.main:
 * 22
 * </pre>
 */
public final class CompileTimeErrors {

    // Python reports the missing parenthesis as SyntaxError when it loads the file. javac
    // reports the same, and no class file exists afterwards: there is nothing to run.
    static final String SYNTAX_ERROR = """
            public class Hello {
                public static void main(String[] args) {
                    System.out.println("hello";
                }
            }
            """;

    // Python raises NameError only when this line executes, perhaps hours into a run.
    // javac checks every name in every method, including ones that never run.
    static final String UNKNOWN_NAME = """
            public class Hello {
                public static void main(String[] args) {
                    System.out.println(age);
                }
            }
            """;

    // `"2" + 2` is a TypeError in Python. In Java `+` with a String on either side means
    // "join as text", so the expression is legal and its value is the String "22"; the error
    // is storing that String in an int, and javac catches it from the declared types.
    static final String WRONG_TYPE = """
            public class Hello {
                public static void main(String[] args) {
                    int total = "2" + 2;
                }
            }
            """;

    static final String FIXED = """
            public class Hello {
                public static void main(String[] args) {
                    String total = "2" + 2;
                    System.out.println(total);
                }
            }
            """;

    public static void main(String[] args) throws ReflectiveOperationException {
        Usage.noArguments(args, CompileTimeErrors.class);
        if (!InMemoryCompiler.available()) {
            System.out.println("This Java runtime has no compiler (a JRE); run the demo with a JDK to see javac's errors.");
            return;
        }
        show("a syntax error (Python: SyntaxError)", SYNTAX_ERROR);
        show("an unknown name (Python: NameError, at run time)", UNKNOWN_NAME);
        show("a string where a number belongs (Python: TypeError, at run time)", WRONG_TYPE);
        show("fixed: \"2\" + 2 joins text, it is no error in Java", FIXED);
    }

    static void show(String title, String source) throws ReflectiveOperationException {
        System.out.println("--- " + title);
        InMemoryCompiler.Outcome outcome = InMemoryCompiler.compile("Hello", source);
        outcome.errors().forEach(System.out::println);
        if (!outcome.compiled()) {
            System.out.println("compiled: no, so not even the first line of main ran");
            return;
        }
        System.out.println("compiled: yes; running Hello.main:");
        InMemoryCompiler.runMain(outcome, "Hello");
    }
}

package course.ch01.s01_exceptions;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Not a demo: a small tool for the demos of §1.1 and §1.4. It hands Java source held in a
 * string to {@code javac} through the JDK's compiler API ({@code javax.tools}) and keeps the
 * class files in memory, so nothing is written to disk.
 *
 * <p>Why it exists: Python finds a syntax error when it loads a file, and a misspelt name or a
 * wrong type only when the line runs. Java finds all of these before the program starts. To
 * <em>show</em> that, a demo has to run the compiler itself.
 */
public final class InMemoryCompiler {

    /** What javac said: whether it produced classes, its error messages, and the class files. */
    public record Outcome(boolean compiled, List<String> errors, Map<String, byte[]> classFiles) {
    }

    private InMemoryCompiler() {
    }

    /** False on a bare Java runtime (a JRE), which has no compiler. */
    public static boolean available() {
        return ToolProvider.getSystemJavaCompiler() != null;
    }

    /**
     * Compiles one source file whose public class is {@code className}. Each error is formatted
     * the way command-line javac prints it: {@code File.java:LINE: error: MESSAGE}, then the
     * offending source line and a caret under the column.
     */
    public static Outcome compile(String className, String source) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler here: run this with a JDK, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classFiles = new TreeMap<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        try {
            // The sources use the JDK alone: an empty class path keeps javac from scanning the
            // jars of whatever program runs it (faster, and the result cannot depend on them).
            standard.setLocation(StandardLocation.CLASS_PATH, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Sources are read through `standard`; every class file javac wants to write lands in
        // `classFiles` instead of the file system.
        try (var files = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String name, JavaFileObject.Kind kind,
                                                       FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return classFiles.computeIfAbsent(name, n -> new ByteArrayOutputStream());
                    }
                };
            }
        }) {
            JavaFileObject unit = new SimpleJavaFileObject(
                    URI.create("string:///" + className.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            };
            boolean compiled = javac.getTask(null, files, diagnostics, List.of("-proc:none", "-Xlint:none"),
                    null, List.of(unit)).call();
            List<String> errors = new ArrayList<>();
            List<String> lines = source.lines().toList();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    errors.add(format(className, d, lines));
                }
            }
            Map<String, byte[]> bytes = new TreeMap<>();
            classFiles.forEach((name, out) -> bytes.put(name, out.toByteArray()));
            return new Outcome(compiled, List.copyOf(errors), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(String className, Diagnostic<? extends JavaFileObject> d, List<String> lines) {
        String file = className.substring(className.lastIndexOf('.') + 1) + ".java";
        int line = (int) d.getLineNumber();
        StringBuilder text = new StringBuilder(file + ":" + line + ": error: " + d.getMessage(Locale.ROOT));
        if (line >= 1 && line <= lines.size()) {
            text.append('\n').append(lines.get(line - 1))
                    .append('\n').append(" ".repeat((int) Math.max(0, d.getColumnNumber() - 1))).append('^');
        }
        return text.toString();
    }

    /** Loads the compiled classes in a throw-away class loader and runs {@code className.main(args)}. */
    public static void runMain(Outcome outcome, String className, String... args) throws ReflectiveOperationException {
        ClassLoader loader = new ClassLoader(InMemoryCompiler.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = outcome.classFiles().get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        loader.loadClass(className).getMethod("main", String[].class).invoke(null, (Object) args);
    }
}

package course.kit.tools;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Compiles one chapter of a student's copy for the grader, with the JDK's compiler in the grader's
 * own JVM (javax.tools), so that every error comes with its file, line and message, and confines
 * compile errors to their exercises:
 *
 * <ol>
 *   <li>the student's {@code src/main/java} is compiled whole, as Maven would;</li>
 *   <li>each exercise file (in an {@code exercises} package) with an error is replaced by the
 *       course's own stub (or left out, when no stub can be found), and the chapter is compiled
 *       again, until it compiles or only files outside the exercises have errors;</li>
 *   <li>the course's exercise tests are compiled against the result; an exercise whose test does
 *       not compile against the student's class (a changed signature) gets the stub in its place
 *       too, and both steps start over;</li>
 *   <li>only when errors remain that no stub can take away (a demo or helper outside the exercises)
 *       does the whole chapter fail.</li>
 * </ol>
 *
 * The grader scores each replaced exercise 0, with its first error as the reason.
 */
final class Compile {

    /** One compile error: the file relative to the course root ('/' separators), its line, the compiler's message. */
    record Error(String file, long line, String message) {

        /** "AgeParser.java:52: ';' expected": the file's name, the line, the message's first line. */
        String brief() {
            return file.substring(file.lastIndexOf('/') + 1) + ":" + line + ": " + message.lines().findFirst().orElse("").strip();
        }
    }

    /** An exercise file put aside: replaced by the course's stub, or left out when none was found. */
    record Replaced(String file, List<Error> errors, boolean byStub) {
    }

    /**
     * The outcome: whether the chapter compiled (possibly with stubs in place), the exercise files
     * put aside, and, when it did not compile, the errors that remained.
     */
    record Outcome(boolean compiles, List<Replaced> replaced, List<Error> errors, Set<String> testClassesLeftOut) {
    }

    /**
     * What to compile.
     *
     * @param module      the chapter folder's name, e.g. {@code ch01-exceptions}
     * @param studentMain the student's {@code src/main/java} of the chapter (may not exist)
     * @param testSources the course's test sources of the chapter: only trusted files
     * @param testClasses the exercise test classes to compile (fully qualified)
     * @param stubs       the course's stub for a path relative to {@code src/main/java}, if there is one
     * @param work        the chapter's work folder: {@code src/}, {@code classes/}, {@code test-classes/} go there
     * @param libraries   the class path of the kit and the test libraries
     * @param release     the Java release to compile for ({@code --release})
     */
    record Input(String module, Path studentMain, Path testSources, List<String> testClasses,
                 Function<String, Optional<byte[]>> stubs, Path work, List<String> libraries, String release) {
    }

    private Compile() {
    }

    static Path sources(Path work) {
        return work.resolve("src");
    }

    static Path classes(Path work) {
        return work.resolve("classes");
    }

    static Path testClasses(Path work) {
        return work.resolve("test-classes");
    }

    static Outcome chapter(Input in) throws IOException {
        Path src = sources(in.work());
        deleteTree(src);
        Files.createDirectories(src);
        if (Files.isDirectory(in.studentMain())) {
            copyTree(in.studentMain(), src);
        }
        Map<String, Replaced> replaced = new LinkedHashMap<>();
        Set<String> leftOut = new LinkedHashSet<>();
        String mainPrefix = in.module() + "/src/main/java/";
        String testPrefix = in.module() + "/src/test/java/";
        // Each round puts at least one more exercise file aside, or ends: never more rounds than files, plus one.
        int rounds = countFiles(src) + in.testClasses().size() + 2;
        for (int round = 0; round < rounds; round++) {
            List<Path> mainFiles = javaFiles(src);
            List<Error> mainErrors = javac(mainFiles, List.of(), in.libraries(), classes(in.work()), in.release(),
                    src, mainPrefix);
            if (!mainErrors.isEmpty()) {
                Map<String, List<Error>> byFile = byFile(mainErrors);
                List<String> fresh = byFile.keySet().stream()
                        .filter(f -> f.startsWith(mainPrefix) && isExerciseFile(f.substring(mainPrefix.length())))
                        .filter(f -> !replaced.containsKey(f))
                        .toList();
                if (fresh.isEmpty()) {
                    return new Outcome(false, List.copyOf(replaced.values()), mainErrors, leftOut);
                }
                for (String file : fresh) {
                    replaced.put(file, putAside(in, src, file.substring(mainPrefix.length()), byFile.get(file), leftOut));
                }
                continue;
            }
            List<String> toCompile = in.testClasses().stream().filter(c -> !leftOut.contains(c)).toList();
            List<Path> testFiles = toCompile.stream()
                    .map(c -> in.testSources().resolve(c.replace('.', '/') + ".java"))
                    .filter(Files::isRegularFile)
                    .toList();
            List<String> classPath = new ArrayList<>(in.libraries());
            classPath.add(classes(in.work()).toString());
            List<Error> testErrors = javac(testFiles, List.of(in.testSources()), classPath, testClasses(in.work()),
                    in.release(), in.testSources(), testPrefix);
            if (testErrors.isEmpty()) {
                return new Outcome(true, List.copyOf(replaced.values()), List.of(), leftOut);
            }
            Map<String, List<Error>> byFile = byFile(testErrors);
            boolean progress = false;
            for (var entry : byFile.entrySet()) {
                String file = entry.getKey();
                String testClass = file.startsWith(testPrefix)
                        ? file.substring(testPrefix.length(), file.length() - ".java".length()).replace('/', '.') : "";
                if (!toCompile.contains(testClass)) {
                    // A test helper, or a test not graded: nothing a stub can fix.
                    return new Outcome(false, List.copyOf(replaced.values()), testErrors, leftOut);
                }
                String stub = mainPrefix + testClass.substring(0, testClass.length() - "Test".length()).replace('.', '/') + ".java";
                if (replaced.containsKey(stub) && replaced.get(stub).byStub()) {
                    // The course's own test does not compile with the course's own stub: not the student's doing.
                    return new Outcome(false, List.copyOf(replaced.values()), testErrors, leftOut);
                }
                replaced.put(stub, putAside(in, src, stub.substring(mainPrefix.length()), entry.getValue(), leftOut));
                if (!replaced.get(stub).byStub()) {
                    leftOut.add(testClass);
                }
                progress = true;
            }
            if (!progress) {
                return new Outcome(false, List.copyOf(replaced.values()), testErrors, leftOut);
            }
        }
        throw new IllegalStateException("compiling " + in.module() + " did not settle");
    }

    /** Whether a path under src/main/java is an exercise file: in a package named {@code exercises}. */
    static boolean isExerciseFile(String relative) {
        return ("/" + relative).contains("/exercises/") && relative.endsWith(".java");
    }

    /** Replaces an exercise file with the course's stub, or removes it when there is none. */
    private static Replaced putAside(Input in, Path src, String relative, List<Error> errors, Set<String> leftOut)
            throws IOException {
        Optional<byte[]> stub = in.stubs().apply(relative);
        Path file = src.resolve(relative);
        if (stub.isPresent()) {
            Files.createDirectories(file.getParent());
            Files.write(file, stub.get());
        } else {
            Files.deleteIfExists(file);
            String testClass = relative.substring(0, relative.length() - ".java".length()).replace('/', '.') + "Test";
            if (in.testClasses().contains(testClass)) {
                leftOut.add(testClass);
            }
        }
        return new Replaced(in.module() + "/src/main/java/" + relative, List.copyOf(errors), stub.isPresent());
    }

    private static Map<String, List<Error>> byFile(List<Error> errors) {
        Map<String, List<Error>> byFile = new LinkedHashMap<>();
        errors.forEach(e -> byFile.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(e));
        return byFile;
    }

    /**
     * Compiles {@code files} into {@code output} (emptied first); returns the errors, each file named
     * as {@code prefix} + its path under {@code base}.
     */
    static List<Error> javac(List<Path> files, List<Path> sourcePath, List<String> classPath, Path output, String release,
                             Path base, String prefix) throws IOException {
        deleteTree(output);
        Files.createDirectories(output);
        if (files.isEmpty()) {
            return List.of();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("the grader needs a JDK (javax.tools finds no compiler in " + System.getProperty("java.home") + ")");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ENGLISH, StandardCharsets.UTF_8)) {
            fileManager.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output));
            fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath.stream().map(Path::of).toList());
            fileManager.setLocationFromPaths(StandardLocation.SOURCE_PATH, sourcePath);
            List<String> options = List.of("--release", release, "-encoding", "UTF-8", "-g", "-proc:none",
                    "-implicit:class", "-nowarn", "-Xlint:none", "-Xmaxerrs", "500");
            StringWriter out = new StringWriter();
            boolean ok = compiler.getTask(out, fileManager, diagnostics, options, null, fileManager.getJavaFileObjectsFromPaths(files)).call();
            List<Error> errors = new ArrayList<>();
            for (var d : diagnostics.getDiagnostics()) {
                if (d.getKind() != javax.tools.Diagnostic.Kind.ERROR) {
                    continue;
                }
                String file = "(no file)";
                if (d.getSource() != null) {
                    Path path = Path.of(d.getSource().toUri()).toAbsolutePath().normalize();
                    Path root = base.toAbsolutePath().normalize();
                    file = path.startsWith(root) ? prefix + root.relativize(path).toString().replace('\\', '/') : path.toString();
                }
                errors.add(new Error(file, Math.max(0, d.getLineNumber()), d.getMessage(Locale.ENGLISH)));
            }
            if (!ok && errors.isEmpty()) {
                errors.add(new Error("(no file)", 0, "the compiler failed: " + out.toString().strip()));
            }
            return errors;
        }
    }

    static List<Path> javaFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted().toList();
        }
    }

    private static int countFiles(Path dir) throws IOException {
        return javaFiles(dir).size();
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(f)) {
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}

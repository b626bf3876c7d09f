package course.kit.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;


/**
 * The wrong-versions check of the course check ({@code ./mvnw verify -Psolutions}): realistic wrong
 * solutions, kept as test fixtures, and the exercise tests that must catch each of them.
 *
 * <pre>
 * CourseTools wrong COURSE_ROOT WORK_DIR WRONG_DIRS
 * CourseTools wrong --in-background COURSE_ROOT WORK_DIR WRONG_DIRS
 * CourseTools wrong --await WORK_DIR
 * </pre>
 *
 * <p>{@code WRONG_DIRS} (one folder, or several joined by the path separator) hold one folder per
 * wrong version: the exercise's class, with the same fully qualified name as the stub
 * ({@code course/ch04/exercises/BankAccount.java}), and {@code fails.txt}, the tests that must fail
 * on it, one per line: {@code BankAccountTest#method}, or {@code ThreadSafeCountersTest#method[2]}
 * for one invocation of a parameterized test ({@code #} starts a comment). Then:
 * <ol>
 *   <li>each wrong version is compiled into {@code WORK_DIR/NAME};</li>
 *   <li>exactly the listed tests run against it, with its classes first on the class path, in a JVM
 *       of its own (JUnit's console launcher, with the flags of {@code -Dcourse.testJvmFlags}): a test may start a child JVM
 *       on {@code java.class.path}, which must hold the wrong version too. Wrong versions of
 *       different exercises of a chapter share a JVM (the first of each exercise in the first JVM,
 *       and so on), and the JVMs run side by side;</li>
 *   <li>every listed test must fail (a failed check, an error or a timeout);</li>
 *   <li>every exercise test tagged {@value #MODEL_CHECK} or {@value #VISIBILITY} must be listed
 *       for at least one wrong version: each is proved able to fail.</li>
 * </ol>
 * The verdict is printed and written to {@code WORK_DIR/verdict.txt}; exit code 0 when all holds, 1
 * otherwise, each problem named. {@code --in-background} prints nothing (the build starts it early
 * and goes on meanwhile); {@code --await} waits for its verdict, prints it and exits as the check
 * would have.
 */
public final class WrongVersions {

    /** The JUnit tag of the exercise tests that run Lincheck's model checker. */
    public static final String MODEL_CHECK = "model-check";
    /** The JUnit tag of the exercise tests that check another thread sees a change. */
    public static final String VISIBILITY = "visibility";

    static final long JVM_TIME_LIMIT_SECONDS = 300;
    static final long AWAIT_LIMIT_SECONDS = 900;
    static final String PASSED = "PASSED";
    static final String FAILED = "FAILED";
    private static final Pattern LISTED = Pattern.compile("([A-Za-z_$][\\w$]*)#([A-Za-z_$][\\w$]*)(?:\\[(\\d+)])?");
    private static final Pattern TAGGED = Pattern.compile(
            "@Tag\\(\"(" + MODEL_CHECK + "|" + VISIBILITY + ")\"\\)(?:\\s*@[\\w.]+(?:\\((?:[^()\"]|\"[^\"]*\")*\\))?|\\s*//[^\\n]*)*"
                    + "\\s*(?:public\\s+)?void\\s+(\\w+)\\s*\\(");

    /** A test that must fail: a method of an exercise test class, and one invocation of it (0: all). */
    record Listed(String testClass, String method, int invocation) {
        @Override
        public String toString() {
            return testClass.substring(testClass.lastIndexOf('.') + 1) + "#" + method + (invocation > 0 ? "[" + invocation + "]" : "");
        }
    }

    /** One wrong version: its folder's name, its chapter module, the exercise classes it replaces, its list. */
    record Wrong(String name, Path sources, String chapter, String exercise, List<Listed> fails) {
    }

    private WrongVersions() {
    }

    public static void main(String[] args) throws IOException {
        String usage = "usage: CourseTools wrong [--in-background] COURSE_ROOT WORK_DIR WRONG_DIRS"
                + " | CourseTools wrong --await WORK_DIR";
        try {
            if (args.length == 2 && args[0].equals("--await")) {
                await(Path.of(args[1]).toAbsolutePath().normalize());
                return;
            }
            boolean background = args.length > 0 && args[0].equals("--in-background");
            List<String> rest = List.of(args).subList(background ? 1 : 0, args.length);
            if (rest.size() != 3) {
                System.err.println(usage);
                System.exit(2);
            }
            Path root = Path.of(rest.get(0)).toAbsolutePath().normalize();
            Path work = Path.of(rest.get(1)).toAbsolutePath().normalize();
            List<Path> wrongDirs = java.util.Arrays.stream(rest.get(2).split(java.util.regex.Pattern.quote(java.io.File.pathSeparator)))
                    .filter(d -> !d.isBlank()).map(d -> Path.of(d).toAbsolutePath().normalize()).toList();
            // Ended from outside (the build stopped): the test JVMs end too.
            Runtime.getRuntime().addShutdownHook(new Thread(() ->
                    ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly)));
            Folders.delete(work);
            Files.createDirectories(work);
            Files.writeString(work.resolve("pid.txt"), String.valueOf(ProcessHandle.current().pid()));
            String verdict;
            try {
                verdict = check(root, work, wrongDirs);
            } catch (IOException | RuntimeException e) {
                verdict = FAILED + System.lineSeparator() + "Wrong versions check FAILED: " + e;
            }
            Path file = work.resolve("verdict.txt");
            Files.writeString(work.resolve("verdict.tmp"), verdict);
            Files.move(work.resolve("verdict.tmp"), file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            if (!background) {
                report(verdict);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the wrong versions were tested", e);
        }
    }

    /** Waits for the verdict of a check started {@code --in-background}, and reports it. */
    private static void await(Path work) throws IOException, InterruptedException {
        Path file = work.resolve("verdict.txt");
        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(AWAIT_LIMIT_SECONDS);
        while (!Files.exists(file)) {
            Path pid = work.resolve("pid.txt");
            boolean running = !Files.exists(pid) || ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()))
                    .map(ProcessHandle::isAlive).orElse(false);
            if (!running || System.nanoTime() - giveUp > 0) {
                report(FAILED + System.lineSeparator() + "Wrong versions check FAILED: it "
                        + (running ? "gave no verdict within " + AWAIT_LIMIT_SECONDS + " s" : "ended without a verdict")
                        + " (" + work + ")");
            }
            Thread.sleep(200);
        }
        report(Files.readString(file));
    }

    /** Prints a verdict; a failed one on stderr, and exits with 1. */
    private static void report(String verdict) {
        String text = verdict.substring(verdict.indexOf('\n') + 1).strip();
        if (verdict.startsWith(PASSED)) {
            System.out.println(text);
            return;
        }
        System.err.println(text);
        System.exit(1);
    }

    /** Runs the whole check; returns the verdict: PASSED or FAILED on its first line, then what to print. */
    static String check(Path root, Path work, List<Path> wrongDirs) throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<String> problems = new ArrayList<>();
        List<Wrong> wrongs = new ArrayList<>();
        for (Path dir : wrongDirs) {
            wrongs.addAll(read(root, dir, problems));
        }
        wrongs.stream().collect(Collectors.groupingBy(Wrong::name, Collectors.counting())).forEach((name, count) -> {
            if (count > 1) {
                problems.add(count + " wrong versions are called " + name + ": give each folder a name of its own");
            }
        });
        for (Wrong w : wrongs) {
            compile(w, work.resolve(w.name()), problems);
        }
        if (!problems.isEmpty()) {
            return failed(problems);
        }

        // The k-th wrong version of each exercise of a chapter go into the k-th JVM of that chapter.
        Map<String, List<List<Wrong>>> jvms = new TreeMap<>();
        Map<String, Map<String, Integer>> seen = new TreeMap<>();
        for (Wrong w : wrongs) {
            int k = seen.computeIfAbsent(w.chapter(), c -> new TreeMap<>()).merge(w.exercise(), 1, Integer::sum) - 1;
            List<List<Wrong>> ofChapter = jvms.computeIfAbsent(w.chapter(), c -> new ArrayList<>());
            while (ofChapter.size() <= k) {
                ofChapter.add(new ArrayList<>());
            }
            ofChapter.get(k).add(w);
        }
        List<String> libraries = TestJvm.libraries(root);
        List<Callable<List<String>>> runs = new ArrayList<>();
        jvms.forEach((chapter, groups) -> {
            for (int k = 0; k < groups.size(); k++) {
                List<Wrong> group = groups.get(k);
                Path reports = work.resolve("reports-" + chapter + "-" + (k + 1));
                runs.add(() -> run(root, chapter, group, work, reports, libraries));
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, runs.size()));
        List<Future<List<String>>> results = new ArrayList<>();
        for (Callable<List<String>> run : runs) {
            results.add(pool.submit(run));
        }
        pool.shutdown();
        for (Future<List<String>> result : results) {
            try {
                problems.addAll(result.get());
            } catch (java.util.concurrent.ExecutionException e) {
                problems.add("a test JVM could not run: " + e.getCause());
            }
        }

        // Every model-checked and visibility test is listed for some wrong version.
        Set<String> listed = wrongs.stream().flatMap(w -> w.fails().stream())
                .map(l -> l.testClass() + "#" + l.method()).collect(Collectors.toSet());
        Set<String> tagged = tagged(root);
        for (String test : tagged) {
            if (!listed.contains(test)) {
                problems.add(test + " is tagged model-check or visibility, but no wrong version lists it: show that it "
                        + "can fail (add a wrong version it catches, and list the test in its fails.txt)");
            }
        }
        if (!problems.isEmpty()) {
            return failed(problems);
        }
        long tests = wrongs.stream().mapToLong(w -> w.fails().size()).sum();
        return PASSED + System.lineSeparator() + String.format("Wrong versions: %d wrong versions of %d exercises, each caught "
                        + "by the %d tests listed for them (%d test JVMs side by side, %.1f s); each of the %d model-checked and "
                        + "visibility tests fails on at least one.",
                wrongs.size(), wrongs.stream().map(Wrong::exercise).distinct().count(), tests, runs.size(),
                (System.nanoTime() - start) / 1e9, tagged.size());
    }

    private static String failed(List<String> problems) {
        return FAILED + System.lineSeparator() + "Wrong versions check FAILED:" + System.lineSeparator()
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining(System.lineSeparator()));
    }

    /** The wrong versions in {@code wrongDir}, in name order; unreadable ones become problems. */
    static List<Wrong> read(Path root, Path wrongDir, List<String> problems) throws IOException {
        List<Wrong> wrongs = new ArrayList<>();
        if (!Files.isDirectory(wrongDir)) {
            problems.add(wrongDir + " does not exist");
            return wrongs;
        }
        List<Path> chapters = course.kit.Course.chapterModules(root);
        try (Stream<Path> dirs = Files.list(wrongDir)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String name = dir.getFileName().toString();
                List<Path> sources;
                try (Stream<Path> files = Files.walk(dir)) {
                    sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
                }
                List<String> classes = sources.stream()
                        .map(f -> dir.relativize(f).toString().replace('\\', '/').replaceAll("\\.java$", "").replace('/', '.'))
                        .toList();
                if (classes.size() != 1) {
                    problems.add(name + ": holds " + classes.size() + " classes; a wrong version replaces the class of one exercise");
                    continue;
                }
                String exercise = classes.getFirst();
                Matcher m = Pattern.compile("course\\.(ch\\d\\d)\\.exercises\\.[\\w$]+").matcher(exercise);
                Path chapter = m.matches() ? chapters.stream()
                        .filter(c -> c.getFileName().toString().startsWith(m.group(1) + "-")).findFirst().orElse(null) : null;
                if (chapter == null) {
                    problems.add(name + ": " + exercise + " is not an exercise of a chapter (course.chNN.exercises.Name)");
                    continue;
                }
                Path list = dir.resolve("fails.txt");
                if (!Files.isRegularFile(list)) {
                    problems.add(name + ": no fails.txt (the tests that must fail on it)");
                    continue;
                }
                List<Listed> fails = new ArrayList<>();
                for (String line : Files.readAllLines(list)) {
                    String entry = line.replaceFirst("#\\s.*|^#.*", "").strip();
                    if (entry.isEmpty()) {
                        continue;
                    }
                    Matcher t = LISTED.matcher(entry);
                    if (!t.matches()) {
                        problems.add(name + "/fails.txt: '" + entry + "' is not TestClass#method or TestClass#method[n]");
                        continue;
                    }
                    String testClass = "course." + m.group(1) + ".exercises." + t.group(1);
                    fails.add(new Listed(testClass, t.group(2), t.group(3) == null ? 0 : Integer.parseInt(t.group(3))));
                }
                if (fails.isEmpty()) {
                    problems.add(name + "/fails.txt lists no test");
                    continue;
                }
                wrongs.add(new Wrong(name, dir, chapter.getFileName().toString(), exercise, fails));
            }
        }
        return wrongs;
    }

    /** Compiles a wrong version's sources into {@code out}, as the grader compiles a copy ({@link Compile#javac}). */
    private static void compile(Wrong w, Path out, List<String> problems) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(w.sources())) {
            files = walk.filter(f -> f.toString().endsWith(".java")).toList();
        }
        List<String> classPath = List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator));
        List<Compile.Error> errors = Compile.javac(files, List.of(), classPath, out, Grade.RELEASE, w.sources(), "");
        if (!errors.isEmpty()) {
            problems.add(w.name() + " does not compile: " + errors.stream().map(Compile.Error::brief).collect(Collectors.joining("; ")));
        }
    }

    /** Runs the listed tests of {@code group} (wrong versions of different exercises) in one JVM; returns its problems. */
    private static List<String> run(Path root, String chapter, List<Wrong> group, Path work, Path reports,
                                    List<String> libraries) throws IOException, InterruptedException {
        Folders.delete(reports);
        Files.createDirectories(reports);
        Path chapterDir = root.resolve(chapter);
        List<String> classPath = new ArrayList<>();
        group.forEach(w -> classPath.add(work.resolve(w.name()).toString()));
        classPath.add(chapterDir.resolve("target/test-classes").toString());
        classPath.add(chapterDir.resolve("target/classes").toString());
        classPath.addAll(libraries);
        // Exactly the listed tests: a method, or the listed invocations of a parameterized one.
        Map<String, Set<Integer>> selected = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Wrong w : group) {
            for (Listed l : w.fails()) {
                String method = signature(l);
                if (method == null) {
                    problems.add(w.name() + "/fails.txt: " + l + ": the test class has no method " + l.method());
                } else {
                    selected.computeIfAbsent(method, m -> new TreeSet<>()).add(l.invocation());
                }
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        List<String> selection = new ArrayList<>();
        selected.forEach((method, invocations) -> selection.add(invocations.contains(0) ? "--select-method=" + method
                : "--select-iteration=method:" + method + invocations.stream().map(i -> String.valueOf(i - 1))
                        .collect(Collectors.joining(",", "[", "]"))));
        Process tests = TestJvm.start(chapterDir, classPath, List.of(), selection, reports);
        String names = group.stream().map(Wrong::name).collect(Collectors.joining(", "));
        if (!TestJvm.endsWithin(tests, JVM_TIME_LIMIT_SECONDS)) {
            return List.of("the tests of " + names + " were still running after " + JVM_TIME_LIMIT_SECONDS + " s (see "
                    + reports.resolve("output.txt") + ")");
        }
        Map<String, List<Reports.TestCase>> ran = Reports.read(reports);
        for (Wrong w : group) {
            for (Listed l : w.fails()) {
                List<Reports.TestCase> cases = ran.getOrDefault(l.testClass(), List.of()).stream()
                        .filter(t -> method(t).equals(l.method()) && (l.invocation() == 0 || invocation(t) == l.invocation()))
                        .toList();
                if (cases.isEmpty()) {
                    problems.add(w.name() + ": " + l + " did not run (is it spelled as in the test class? see "
                            + reports.resolve("output.txt") + ")");
                }
                for (Reports.TestCase t : cases) {
                    if (t.outcome() == Reports.Outcome.PASSED || t.outcome() == Reports.Outcome.SKIPPED) {
                        problems.add(w.name() + ": " + l + " " + t.outcome() + " on this wrong version, which it must catch");
                    }
                }
            }
        }
        // Nothing else ran, and failed.
        for (Map.Entry<String, List<Reports.TestCase>> byClass : ran.entrySet()) {
            for (Reports.TestCase t : byClass.getValue()) {
                boolean listed = group.stream().flatMap(w -> w.fails().stream()).anyMatch(l -> l.testClass().equals(t.className())
                        && l.method().equals(method(t)) && (l.invocation() == 0 || l.invocation() == invocation(t)));
                if (!listed && t.outcome() != Reports.Outcome.PASSED) {
                    problems.add("with " + names + ": " + t.id() + " " + t.outcome() + ", but no fails.txt lists it: " + t.message());
                }
            }
        }
        return problems;
    }

    /** "class#method(parameter types)" of a listed test, as JUnit selects it; null if the class has no such method. */
    private static String signature(Listed l) {
        try {
            Class<?> testClass = Class.forName(l.testClass(), false, WrongVersions.class.getClassLoader());
            return java.util.Arrays.stream(testClass.getDeclaredMethods())
                    .filter(m -> m.getName().equals(l.method()))
                    .findFirst()
                    .map(m -> l.testClass() + "#" + l.method() + java.util.Arrays.stream(m.getParameterTypes())
                            .map(Class::getName).collect(Collectors.joining(",", "(", ")")))
                    .orElse(null);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** The method of a report's test case: "everyOrder(Supplier)[2]" is "everyOrder". */
    private static String method(Reports.TestCase t) {
        int paren = t.name().indexOf('(');
        return paren < 0 ? t.name() : t.name().substring(0, paren);
    }

    /** The invocation of a parameterized test's case ("everyOrder(Supplier)[2]" is 2), 0 for a plain test. */
    private static int invocation(Reports.TestCase t) {
        Matcher m = Pattern.compile("\\[(\\d+)]$").matcher(t.name());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Every exercise test of every chapter tagged model-check or visibility, as "class#method". */
    static Set<String> tagged(Path root) throws IOException {
        Set<String> tagged = new TreeSet<>();
        for (Path chapter : course.kit.Course.chapterModules(root)) {
            Path tests = chapter.resolve("src/test/java");
            if (!Files.isDirectory(tests)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(tests)) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith("Test.java")).sorted(Comparator.naturalOrder()).toList()) {
                    String relative = tests.relativize(f).toString().replace('\\', '/');
                    if (!relative.contains("/exercises/")) {
                        continue;
                    }
                    String testClass = relative.replaceAll("\\.java$", "").replace('/', '.');
                    Matcher m = TAGGED.matcher(Files.readString(f));
                    while (m.find()) {
                        tagged.add(testClass + "#" + m.group(2));
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return tagged;
    }
}

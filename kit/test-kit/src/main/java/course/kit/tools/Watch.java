package course.kit.tools;

import course.kit.tools.Exercises.Exercise;
import course.kit.tools.TestEvents.Result;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Watch mode, like {@code rustlings watch}: one JVM stays up, and every time you save a source
 * file of the chapter it compiles what changed (the JDK's compiler API), runs the tests of that
 * exercise (the JUnit Platform launcher) and prints what fails and the chapter's board.
 *
 * <pre>./mvnw -q -pl ch01-exceptions test-compile exec:exec@watch      (Ctrl-C ends it)</pre>
 *
 * <p>The chapter's classes are loaded afresh for every run, by a class loader of their own that
 * looks in {@code target/classes} and {@code target/test-classes} first: the JVM keeps JUnit, the
 * kit and the compiler warm, the exercise is always the one just compiled. A file that does not
 * compile gets the compiler's messages and the watch waits for the next save. Ctrl-C ends the
 * watch, and any process a test had started with it.
 */
public final class Watch {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Path root;
    private final String module;
    private final Path sources;
    private final Path classes;
    private final Path testClasses;
    private final List<Exercise> exercises;
    private final Map<String, List<Result>> latest = new HashMap<>();
    private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    private final Launcher launcher = LauncherFactory.create();
    private int runs;

    Watch(Path root, String module) {
        this.root = root;
        this.module = module;
        Path dir = root.resolve(module);
        this.sources = dir.resolve("src/main/java");
        this.classes = dir.resolve("target/classes");
        this.testClasses = dir.resolve("target/test-classes");
        this.exercises = Exercises.of(root, module);
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2 || !args[1].matches("ch\\d\\d-.+")) {
            System.err.println("usage: ./mvnw -q -pl chNN-topic test-compile exec:exec@watch   (Watch ROOT MODULE)");
            System.exit(2);
        }
        Watch watch = new Watch(Path.of(args[0]).toAbsolutePath().normalize(), args[1]);
        if (!Files.isDirectory(watch.testClasses)) {
            System.err.println(watch.module + " has no compiled tests: run " + watch.module + "'s test-compile first,"
                    + " as in ./mvnw -q -pl " + watch.module + " test-compile exec:exec@watch");
            System.exit(1);
        }
        // Ctrl-C: the JVM runs its shutdown hooks; a test's child processes end with it.
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
                ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly)));
        watch.run();
    }

    void run() throws IOException, InterruptedException {
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            // Watch first, then run: a file saved while the first run goes on is not missed.
            register(service, sources);
            System.out.println("Watching " + root.relativize(sources) + ": save a file to test its exercise again; Ctrl-C ends.");
            test(exercises, "start");
            while (true) {
                WatchKey key = service.take();
                Set<Path> changed = new LinkedHashSet<>();
                collect(key, changed, service);
                // An editor saves in several steps (a temporary file, a rename): let them settle.
                WatchKey more;
                while ((more = service.poll(100, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed, service);
                }
                changed.removeIf(p -> !p.toString().endsWith(".java") || !Files.isRegularFile(p));
                if (!changed.isEmpty()) {
                    onSave(changed);
                }
            }
        } catch (ClosedWatchServiceException e) {
            // the JVM is ending
        }
    }

    private void collect(WatchKey key, Set<Path> changed, WatchService service) throws IOException {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path name) {
                Path path = dir.resolve(name);
                if (Files.isDirectory(path)) {
                    register(service, path);
                }
                changed.add(path);
            }
        }
        key.reset();
    }

    private static void register(WatchService service, Path start) throws IOException {
        try (Stream<Path> dirs = Files.walk(start)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    /** Compiles the saved files; if they compile, tests their exercises (all of the chapter's for any other file). */
    void onSave(Set<Path> changed) throws IOException {
        long start = System.nanoTime();
        String names = String.join(", ", changed.stream().map(p -> p.getFileName().toString()).toList());
        List<String> errors = compile(changed);
        if (!errors.isEmpty()) {
            StringBuilder out = new StringBuilder("\n[" + LocalTime.now().format(CLOCK) + "] " + names + " does not compile:\n");
            errors.forEach(e -> out.append("  ").append(e).append('\n'));
            System.out.print(out);
            return;
        }
        List<Exercise> affected = new ArrayList<>();
        for (Path file : changed) {
            String name = file.getFileName().toString().replaceAll("\\.java$", "");
            exercises.stream().filter(e -> e.name().equals(name) && root.resolve(e.stub()).equals(file)).forEach(affected::add);
        }
        test(affected.isEmpty() ? exercises : affected, names + " compiled in %.1f s".formatted((System.nanoTime() - start) / 1e9));
    }

    /** javac on the saved files, into target/classes; the compiler's messages, empty when it compiled. */
    List<String> compile(Set<Path> files) throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-d", classes.toString(), "-cp", classes + File.pathSeparator
                    + System.getProperty("java.class.path"), "--release", "21", "-proc:none", "-implicit:none",
                    "-encoding", "UTF-8");
            boolean ok = compiler.getTask(null, fileManager, diagnostics, options, null,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    String file = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName().toString();
                    errors.add(file + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
                }
            }
            if (!ok && errors.isEmpty()) {
                errors.add("javac failed without a message");
            }
            return errors;
        }
    }

    /** Runs the exercises' tests on freshly loaded classes, then prints their failures and the chapter's board. */
    void test(List<Exercise> which, String why) throws IOException {
        Path events = root.resolve(module).resolve(TestEvents.FOLDER).resolve("watch-" + (++runs));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader chapter = new ChapterLoader(new URL[]{classes.toUri().toURL(), testClasses.toUri().toURL()},
                Watch.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(chapter);
            var request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(which.stream().map(e -> selectClass(chapter, e.testClass())).toList())
                    .configurationParameter("junit.platform.reporting.open.xml.enabled", "true")
                    .configurationParameter("junit.platform.reporting.output.dir", events.toString())
                    .build();
            launcher.execute(request);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        List<Result> results = TestEvents.readFolder(events);
        Folders.delete(events);
        for (Exercise e : which) {
            latest.put(e.testClass(), results.stream().filter(r -> r.className().equals(e.testClass())).toList());
        }
        StringBuilder out = new StringBuilder("\n[" + LocalTime.now().format(CLOCK) + "] " + why + "\n");
        for (Exercise e : which) {
            List<Result> mine = latest.get(e.testClass());
            List<Result> failing = mine.stream().filter(Result::failed).toList();
            if (!failing.isEmpty()) {
                out.append(Board.exerciseFailures(e, mine, failing));
            } else if (!mine.isEmpty()) {
                out.append("✓ ").append(e.name()).append(": all ").append(mine.size()).append(" tests pass\n");
            }
        }
        List<Result> all = latest.values().stream().flatMap(List::stream).toList();
        out.append(Board.board("Chapter " + Integer.parseInt(module.substring(2, 4)),
                List.of(new Board.ChapterResults(module, exercises, all))));
        System.out.print(out);
        System.out.flush();
    }

    /** Loads the chapter's classes from its own folders first, so that every run sees the last compile. */
    static final class ChapterLoader extends URLClassLoader {

        ChapterLoader(URL[] folders, ClassLoader parent) {
            super(folders, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> type = findLoadedClass(name);
                if (type == null && findResource(name.replace('.', '/') + ".class") != null) {
                    type = findClass(name);
                }
                if (type == null) {
                    return super.loadClass(name, resolve);
                }
                if (resolve) {
                    resolveClass(type);
                }
                return type;
            }
        }
    }
}

package course.bench;

import course.ch03.pool.PoolWorker;
import course.ch03.pool.ProcessPool;
import course.ch03.pool.TaskFuture;
import course.ch03.process.JavaProcess;
import course.kit.ChildJvm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The course benchmark: measures, on the machine it runs on, the costs and speed-ups the course
 * claims, runs the Python counterpart ({@code docs/bench/bench.py}) in the same run when
 * {@code python3} is on the PATH, and writes {@code docs/benchmarks.md} with two SVG charts.
 *
 * <pre>./mvnw -q -Pbenchmark -pl docs -am verify -DskipTests                 (full run, a few minutes)
 * ./mvnw -q -Pbenchmark -pl docs -am verify -DskipTests -Dbench.args=--quick   (a quick look)</pre>
 *
 * <p>A hand-written harness rather than JMH: what is measured are whole operations of a
 * millisecond or more (starting a JVM, a CPU job of a second, ten thousand sleeping tasks),
 * and the report must put Java and Python side by side from one run. Each figure is the
 * median of several timed runs after untimed warm-up runs; min, p90 and max give the spread.
 *
 * <p>Options: {@code --quick} (fewer runs, less work), {@code --no-python},
 * {@code --no-course-speed} (skip timing the course's own Maven commands).
 */
public final class Benchmarks {

    /** The CPU task, the same in every kind of worker and in Python: see {@link PoolWorker#spin}. */
    static long spin(long steps) {
        return PoolWorker.spin(steps);
    }

    final boolean quick;
    final int cores = Runtime.getRuntime().availableProcessors();
    final List<Integer> workers;
    final Map<String, Stats> results = new LinkedHashMap<>();
    final Map<String, String> meta = new LinkedHashMap<>();

    Benchmarks(boolean quick) {
        this.quick = quick;
        this.workers = List.copyOf(new TreeSet<>(List.of(1, 2, cores, 2 * cores)));
    }

    public static void main(String[] args) throws Exception {
        // Maven passes -Dbench.args as one argument: split it into options.
        List<String> options = java.util.Arrays.stream(args).flatMap(a -> java.util.Arrays.stream(a.split("\\s+")))
                .filter(a -> !a.isBlank()).toList();
        for (String option : options) {
            if (!List.of("--quick", "--no-python", "--no-course-speed").contains(option)) {
                System.err.println("usage: Benchmarks [--quick] [--no-python] [--no-course-speed]");
                System.exit(2);
            }
        }
        Path root = courseRoot();
        Benchmarks bench = new Benchmarks(options.contains("--quick"));
        bench.startCost();
        bench.cpuSpeedup();
        bench.blockingTasks();
        bench.poolRoundTrip();
        if (!options.contains("--no-python")) {
            bench.python(root);
        }
        if (!options.contains("--no-course-speed")) {
            bench.courseSpeed(root);
        }
        Path page = root.resolve("docs/benchmarks.md");
        new Report(bench).write(page);
        System.out.println("Written: " + page);
    }

    // ---- 1. start + join cost -------------------------------------------------------------

    void startCost() throws Exception {
        int threadRuns = quick ? 200 : 2000;
        int jvmRuns = quick ? 5 : 20;
        record("java.start.platform thread", Stats.time(threadRuns / 10, threadRuns, () -> {
            Thread t = Thread.ofPlatform().start(() -> { });
            t.join();
            return null;
        }));
        record("java.start.virtual thread", Stats.time(threadRuns / 10, threadRuns, () -> {
            Thread t = Thread.ofVirtual().start(() -> { });
            t.join();
            return null;
        }));
        List<String> plain = List.of(ChildJvm.javaExecutable().toString(), "-cp", System.getProperty("java.class.path"),
                Noop.class.getName());
        record("java.start.child JVM, default flags", Stats.time(2, jvmRuns, child(plain)));
        record("java.start.child JVM, C1 + SerialGC", Stats.time(2, jvmRuns, child(ChildJvm.command(Noop.class))));
        // Class-data sharing beyond the JDK's own archive needs the program in a jar (CDS cannot
        // archive classes from a directory such as target/classes), so these two runs use one.
        Path dir = Files.createTempDirectory("bench-cds");
        try {
            Path jar = noopJar(dir);
            List<String> fast = ChildJvm.inheritedFlags();   // the build starts this JVM with C1 + SerialGC
            record("java.start.child JVM, C1 + SerialGC + AppCDS archive", Stats.time(2, jvmRuns, child(jvm(fast,
                    "-XX:SharedArchiveFile=" + dir.resolve("noop.jsa"), "-XX:+AutoCreateSharedArchive", "-cp", jar.toString()))));
            if (Runtime.version().feature() >= 25) {  // JEP 514: one training run writes the cache
                run(jvm(fast, "-XX:AOTCacheOutput=" + dir.resolve("noop.aot"), "-cp", jar.toString()));
                record("java.start.child JVM, C1 + SerialGC + AOT cache", Stats.time(2, jvmRuns, child(jvm(fast,
                        "-XX:AOTCache=" + dir.resolve("noop.aot"), "-cp", jar.toString()))));
            } else {
                meta.put("java.start.aot", "not measured: the AOT cache needs JDK 25 or newer");
            }
        } finally {
            course.kit.tools.Folders.delete(dir);
        }
        record("java.start.JavaProcess (§3.2)", Stats.time(2, jvmRuns, () -> {
            JavaProcess child = new JavaProcess(Noop.class);
            child.start();
            child.join();
            return child.exitCode();
        }));
    }

    /** {@code java <flags> <more...> course.bench.Noop} */
    private static List<String> jvm(List<String> flags, String... more) {
        List<String> command = new ArrayList<>(List.of(ChildJvm.javaExecutable().toString()));
        command.addAll(flags);
        command.addAll(List.of(more));
        command.add(Noop.class.getName());
        return command;
    }

    /** A jar holding only {@link Noop}. */
    private static Path noopJar(Path dir) throws IOException {
        Path jar = dir.resolve("noop.jar");
        String entry = Noop.class.getName().replace('.', '/') + ".class";
        try (var in = Noop.class.getClassLoader().getResourceAsStream(entry);
             var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }

    /**
     * Runs a child to its end and fails unless it exits with 0: a child that cannot start (a
     * refused flag, a missing class) ends in a few milliseconds, and timing it would publish a
     * figure for something that never ran.
     */
    private static void run(List<String> command) throws IOException, InterruptedException {
        // stderr goes to a file, read only on failure: draining a pipe here would both be timed
        // and block past the time limit if the child hung.
        Path err = Files.createTempFile("bench-child", ".err");
        Process p = new ProcessBuilder(command).redirectOutput(Redirect.DISCARD).redirectError(err.toFile()).start();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("child did not end within 60 s: " + command);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("child ended with exit code " + p.exitValue() + ": " + command + "\n"
                        + Files.readString(err));
            }
        } finally {
            p.destroyForcibly();
            Files.deleteIfExists(err);
        }
    }

    /** Running {@code command} to its end, as an action to time. */
    private static Callable<Void> child(List<String> command) {
        return () -> {
            run(command);
            return null;
        };
    }

    // ---- 2. CPU-bound speedup -------------------------------------------------------------

    void cpuSpeedup() throws Exception {
        long work = quick ? 60_000_000L : 300_000_000L;
        meta.put("java.cpu.work", String.valueOf(work));
        for (int n : workers) {
            long chunk = work / n;
            record("java.cpu.threads." + n, Stats.time(1, 3, () -> {
                long[] results = new long[n];
                List<Thread> threads = IntStream.range(0, n)
                        .mapToObj(i -> Thread.ofPlatform().start(() -> results[i] = spin(chunk))).toList();
                for (Thread t : threads) {
                    t.join();
                }
                return java.util.Arrays.stream(results).sum();
            }));
            try (ProcessPool processes = new ProcessPool(n)) {
                record("java.cpu.process pool." + n, Stats.time(1, 3, () -> {
                    List<TaskFuture> parts = IntStream.range(0, n).mapToObj(i -> processes.submit("spin", chunk)).toList();
                    long sum = 0;
                    for (TaskFuture part : parts) {
                        sum += ProcessPool.await(part).asLong();
                    }
                    return sum;
                }));
            }
            ForkJoinPool pool = new ForkJoinPool(n);
            try {
                record("java.cpu.parallel stream." + n, Stats.time(1, 3, () ->
                        pool.submit(() -> IntStream.range(0, n).parallel().mapToLong(i -> spin(chunk)).sum()).get()));
            } finally {
                pool.shutdown();
            }
        }
    }

    // ---- 3. many blocking tasks -----------------------------------------------------------

    void blockingTasks() throws Exception {
        int tasks = quick ? 1_000 : 10_000;
        int sleepMs = 10;
        int poolSize = 100;
        meta.put("blocking", tasks + " tasks × " + sleepMs + " ms sleep");
        meta.put("blocking.poolSize", String.valueOf(poolSize));
        record("java.blocking.fixed pool of " + poolSize + " platform threads", Stats.time(1, 3, () ->
                sleepers(Executors.newFixedThreadPool(poolSize), tasks, sleepMs)));
        record("java.blocking.virtual thread per task", Stats.time(1, 3, () ->
                sleepers(Executors.newVirtualThreadPerTaskExecutor(), tasks, sleepMs)));
    }

    private static Void sleepers(ExecutorService executor, int tasks, int sleepMs) {
        try (executor) {
            for (int i = 0; i < tasks; i++) {
                executor.submit(() -> {
                    Thread.sleep(sleepMs);
                    return null;
                });
            }
        }
        return null;
    }

    // ---- 4. process pool round trip -------------------------------------------------------

    void poolRoundTrip() throws Exception {
        int tasks = quick ? 200 : 2000;
        try (ProcessPool pool = new ProcessPool(1)) {
            record("java.pool.one tiny task, apply (blocking round trip)", Stats.time(tasks / 10, tasks, () -> pool.apply("echo", "x")));
            int batch = 100;
            Stats perBatch = Stats.time(2, quick ? 5 : 20, () -> {
                List<TaskFuture> futures = IntStream.range(0, batch).mapToObj(i -> pool.submit("echo", "x")).toList();
                for (TaskFuture f : futures) {
                    ProcessPool.await(f);
                }
                return null;
            });
            record("java.pool." + batch + " tiny tasks submitted at once, per task",
                    new Stats(perBatch.median() / batch, perBatch.min() / batch, perBatch.max() / batch, perBatch.p90() / batch, perBatch.runs()));
        }
    }

    // ---- Python, side by side -------------------------------------------------------------

    void python(Path root) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", root.resolve("docs/bench/bench.py").toString()));
        if (quick) {
            command.add("--quick");
        }
        Process p;
        try {
            p = new ProcessBuilder(command).redirectError(Redirect.INHERIT).start();
        } catch (IOException e) {
            meta.put("python", "not found: python3 is not on the PATH, so this page shows Java alone");
            System.out.println("python3 not found: reporting Java alone");
            return;
        }
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                String[] f = line.split("\t");
                if (f[0].equals("meta")) {
                    meta.put("python." + f[1], f[2]);
                } else if (f.length == 6) {
                    results.put("python." + f[0], new Stats(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                            Double.parseDouble(f[3]), Double.parseDouble(f[4]), Integer.parseInt(f[5])));
                    System.out.println("python." + f[0] + ": " + Report.ms(Double.parseDouble(f[1])) + " ms");
                }
            }
        } finally {
            p.waitFor(30, TimeUnit.MINUTES);
            p.destroyForcibly();
        }
    }

    // ---- the course's own speed -----------------------------------------------------------

    void courseSpeed(Path root) throws IOException, InterruptedException {
        List<List<String>> commands = new ArrayList<>();
        for (String chapter : List.of("ch01-exceptions", "ch02-concepts", "ch03-multiprocessing", "ch04-multithreading")) {
            commands.add(List.of("./mvnw", "-q", "test", "-pl", chapter));
        }
        // The student's edit-test cycle through Maven: one exercise's tests.
        commands.add(List.of("./mvnw", "-q", "test", "-pl", "ch01-exceptions", "-Dtest=RetryTest"));
        commands.add(List.of("./mvnw", "-q", "verify", "-Psolutions"));
        // Each command three times, taken in turns, so that a slow minute of a shared machine
        // does not land on one command only.
        int runs = quick ? 1 : 3;
        Map<List<String>, double[]> samples = new LinkedHashMap<>();
        Map<List<String>, Set<Integer>> exits = new LinkedHashMap<>();
        for (int run = 0; run < runs; run++) {
            for (List<String> command : commands) {
                long start = System.nanoTime();
                Process p = new ProcessBuilder(command).directory(root.toFile())
                        .redirectOutput(Redirect.DISCARD).redirectError(Redirect.DISCARD).start();
                if (!p.waitFor(30, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("still running after 30 min: " + command);
                }
                double ms = (System.nanoTime() - start) / 1e6;
                samples.computeIfAbsent(command, c -> new double[runs])[run] = ms;
                exits.computeIfAbsent(command, c -> new TreeSet<>()).add(p.exitValue());
                System.out.println(String.join(" ", command) + ": " + Report.ms(ms) + " ms, exit " + p.exitValue());
                // A chapter's student run fails while its exercises are unsolved; the course check
                // must pass, or its time would be that of a build that stopped half-way.
                if (command.contains("-Psolutions") && p.exitValue() != 0) {
                    throw new IllegalStateException("the course check failed (exit " + p.exitValue() + "): rerun "
                            + String.join(" ", command) + " to see why");
                }
            }
        }
        for (List<String> command : commands) {
            String name = "course." + String.join(" ", command);
            results.put(name, Stats.of(samples.get(command)));
            meta.put(name + ".exit", exits.get(command).stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        watchCycle(root);
    }

    /**
     * The watch mode's cycle: from saving a chapter 1 exercise to its result, ten scripted saves
     * (the exercise solved, then its stub again, in turns) on a copy of the compiled chapter.
     */
    void watchCycle(Path root) throws IOException, InterruptedException {
        Path copy = Files.createTempDirectory("bench-watch");
        Path module = copy.resolve("ch01-exceptions");
        try {
            Files.writeString(copy.resolve("pom.xml"), "<project/>");
            for (String part : List.of("src", "target/classes", "target/test-classes")) {
                course.kit.tools.Folders.copy(root.resolve("ch01-exceptions").resolve(part), module.resolve(part));
            }
            Path exercise = module.resolve("src/main/java/course/ch01/exercises/Retry.java");
            String stub = Files.readString(exercise);
            String solved = Files.readString(root.resolve("solutions/src/main/java/course/ch01/exercises/Retry.java"));
            Path output = copy.resolve("watch.out");
            List<String> command = new ArrayList<>(ChildJvm.command("course.kit.tools.Watch",
                    List.of(copy.toString(), "ch01-exceptions")));
            Process watch = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            try {
                awaitBoards(output, 1, watch);
                int saves = quick ? 4 : 10;
                double[] ms = new double[saves];
                for (int i = 0; i < saves; i++) {
                    long start = System.nanoTime();
                    Files.writeString(exercise, i % 2 == 0 ? solved : stub);
                    awaitBoards(output, i + 2, watch);
                    ms[i] = (System.nanoTime() - start) / 1e6;
                    System.out.println("watch: save " + (i + 1) + " to result " + Report.ms(ms[i]) + " ms");
                }
                results.put("course.watch mode: save a chapter 1 exercise, its result", Stats.of(ms));
                meta.put("course.watch mode: save a chapter 1 exercise, its result.exit", "-");
            } finally {
                watch.destroyForcibly().waitFor();
            }
        } finally {
            course.kit.tools.Folders.delete(copy);
        }
    }

    /** Waits until the watch has printed {@code count} boards (each ends with its "Next:" or "Every" line). */
    private static void awaitBoards(Path output, int count, Process watch) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            String text = Files.readString(output);
            long boards = text.lines().filter(l -> l.startsWith("Next: ") || l.equals("Every exercise is done.")).count();
            if (boards >= count) {
                return;
            }
            if (!watch.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the watch printed " + boards + " of " + count + " boards:\n" + text);
            }
            Thread.sleep(2);
        }
    }

    // ---------------------------------------------------------------------------------------

    void record(String name, Stats stats) {
        results.put(name, stats);
        System.out.println(name + ": median " + Report.ms(stats.median()) + " ms");
    }

    static Path courseRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run from inside the course: no mvnw found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}

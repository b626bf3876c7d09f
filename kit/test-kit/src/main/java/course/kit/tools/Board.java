package course.kit.tools;

import course.kit.Course;
import course.kit.tools.Exercises.Exercise;
import course.kit.tools.TestEvents.Result;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report at the end of a test run: what failed, and (in the student's runs) the progress board.
 *
 * <p>Surefire runs the tests and keeps quiet (its console is off: see the root pom); then this runs
 * in the same module, reads the results of that run ({@link TestEvents}) and prints:
 * <ul>
 *   <li>each exercise that does not pass yet, once, with each failing test by its display name: a
 *       stub's {@code TODO} once for all the tests it fails, an assertion's message with the test's
 *       source line;</li>
 *   <li>every other failing test (a demo test, a docs check) in full: those are the course's bugs;</li>
 *   <li>with {@code progress}, the board: the chapter's exercises in course order, tests passed of
 *       total, done or not, and a {@code Next:} line naming the first exercise to work on, its file
 *       and the command that runs its tests alone. For the whole course (no {@code -pl}) the chapters
 *       print only what failed, and the last module (docs) prints one board for the whole course.</li>
 * </ul>
 * It fails the build (an exception, which exec:java reports) when a test failed, except in a chapter
 * of a whole-course run, which leaves that to the last module so that the course board is printed.
 *
 * <pre>Board ROOT MODULE_DIR CHOSEN_MODULES PROGRESS   (CHOSEN_MODULES as Maven prints -pl: "[]" for none)</pre>
 */
public final class Board {

    static final int WIDTH = 110;

    private Board() {
    }

    /** A test run failed: the message is the one line Maven shows. */
    public static final class TestsFailed extends Exception {
        TestsFailed(String message) {
            super(message);
        }
    }

    public static void main(String[] args) throws IOException, TestsFailed {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: Board ROOT MODULE_DIR CHOSEN_MODULES true|false");
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        // The module as a path from the root: "ch01-exceptions", "kit/test-kit", "docs".
        String module = root.relativize(Path.of(args[1]).toAbsolutePath().normalize()).toString().replace('\\', '/');
        boolean wholeCourse = args[2].strip().equals("[]");
        boolean progress = Boolean.parseBoolean(args[3]);
        StringBuilder out = new StringBuilder();
        int failed = report(root, module, out, progress);
        boolean chapter = module.matches("ch\\d\\d-.+");
        boolean courseBoard = !chapter && wholeCourse && !Course.chapterModules(root).isEmpty() && module.equals("docs");
        if (courseBoard) {
            List<ChapterResults> chapters = new ArrayList<>();
            for (Path m : Course.chapterModules(root)) {
                String name = m.getFileName().toString();
                List<Result> results = TestEvents.read(m);
                chapters.add(new ChapterResults(name, Exercises.of(root, name), results));
                failed += (int) results.stream().filter(Result::failed).count();
            }
            if (progress) {
                out.append(board("The course", chapters));
            }
        } else if (chapter && progress && !wholeCourse) {
            out.append(board(chapterTitle(module), List.of(new ChapterResults(module, Exercises.of(root, module),
                    TestEvents.read(root.resolve(module))))));
        }
        System.out.print(out);
        System.out.flush();
        if (failed > 0 && !(chapter && wholeCourse)) {
            throw new TestsFailed(failed + (failed == 1 ? " test" : " tests") + " did not pass: see above"
                    + (progress ? "" : ", and target/surefire-reports"));
        }
    }

    private static String chapterTitle(String module) {
        return "Chapter " + Integer.parseInt(module.substring(2, 4));
    }

    /** One chapter's exercises and this run's results in its module. */
    public record ChapterResults(String module, List<Exercise> exercises, List<Result> results) {

        List<Result> of(Exercise e) {
            return results.stream().filter(r -> r.className().equals(e.testClass())).toList();
        }
    }

    /** Prints the failures of one module's run; returns how many tests failed. */
    static int report(Path root, String module, StringBuilder out, boolean progress) throws IOException {
        return report(module, Exercises.of(root, module), TestEvents.read(root.resolve(module)), out, progress);
    }

    /**
     * Prints the failures among {@code results}: each exercise's compactly (with {@code progress}),
     * every other test's in full; returns how many tests failed.
     */
    public static int report(String module, List<Exercise> exercises, List<Result> results, StringBuilder out,
                             boolean progress) {
        List<Result> failures = results.stream()
                .filter(Result::failed).toList();
        if (failures.isEmpty()) {
            return 0;
        }
        Map<String, Exercise> byTest = exercises.stream().collect(Collectors.toMap(Exercise::testClass, e -> e));
        List<Result> others = failures.stream().filter(r -> !byTest.containsKey(r.className())).toList();
        StringBuilder text = new StringBuilder();
        if (progress) {
            for (Exercise e : exercises) {
                List<Result> mine = results.stream().filter(r -> r.className().equals(e.testClass())).toList();
                List<Result> failing = mine.stream().filter(Result::failed).toList();
                if (!failing.isEmpty()) {
                    text.append(exerciseFailures(e, mine, failing));
                }
            }
        } else {
            others = failures;
        }
        if (!others.isEmpty()) {
            text.append("\n").append(progress ? "These tests of the course itself failed (not your work: the details are for whoever maintains it):\n"
                    : "Failed in " + module + ":\n");
            for (Result r : others) {
                text.append("\n✗ ").append(r.classDisplayName()).append(" › ").append(r.displayName())
                        .append("   [").append(r.className()).append("]\n");
                r.failure().lines().forEach(line -> text.append("    ").append(line).append('\n'));
            }
        }
        out.append(text);
        return failures.size();
    }

    /** One exercise's failures: a stub's TODO once for all the tests it fails, then each other failure with its line. */
    static String exerciseFailures(Exercise e, List<Result> mine, List<Result> failing) {
        long passed = mine.stream().filter(Result::passed).count();
        String head = "✗ " + label(e) + ": " + passed + " of " + countable(mine) + " tests pass";
        Map<String, List<Result>> todo = new LinkedHashMap<>();
        List<Result> assertions = new ArrayList<>();
        for (Result r : failing) {
            if (r.isTodo()) {
                // "TODO: exercise AgeParser (§1.3) — implement …": the name and section are in the head.
                String reason = r.reason().replaceFirst("^TODO: exercise " + java.util.regex.Pattern.quote(e.name())
                        + "( \\(§[\\d.]+\\))? — ", "TODO: ").replaceFirst("; see (its|the) (Javadoc|class comment)$", "");
                todo.computeIfAbsent(reason, k -> new ArrayList<>()).add(r);
            } else {
                assertions.add(r);
            }
        }
        StringBuilder text = new StringBuilder();
        if (todo.size() == 1 && assertions.isEmpty()) {
            // An untouched stub: one paragraph, the head, its TODO and every test it fails.
            var only = todo.entrySet().iterator().next();
            return wrap(head + " — " + only.getKey() + ": " + joinedNames(only.getValue()), "", "      ");
        }
        text.append(head).append('\n');
        todo.forEach((reason, results) -> text.append(wrap(reason + " (" + results.size()
                + (results.size() == 1 ? " test): " : " tests): ") + joinedNames(results), "    ", "      ")));
        for (Result r : assertions) {
            text.append("    • ").append(r.displayName()).append(r.testLine().map(l -> "   (" + l + ")").orElse("")).append('\n');
            List<String> reason = r.reason().lines().filter(l -> !l.isBlank()).limit(6).toList();
            reason.forEach(line -> text.append("        ").append(line.strip()).append('\n'));
        }
        return text.toString();
    }

    /** Test names, each once: a parameterized test's invocations after its own name. */
    static String joinedNames(List<Result> results) {
        Map<String, List<String>> byMethod = new LinkedHashMap<>();
        for (Result r : results) {
            String method = r.names().isEmpty() ? r.displayName() : r.names().getFirst();
            List<String> invocations = byMethod.computeIfAbsent(method, k -> new ArrayList<>());
            if (r.names().size() > 1) {
                invocations.add(String.join(": ", r.names().subList(1, r.names().size())));
            }
        }
        return byMethod.entrySet().stream()
                .map(en -> en.getValue().isEmpty() ? en.getKey() : en.getKey() + " (" + String.join(", ", varyingParts(en.getValue())) + ")")
                .collect(Collectors.joining(" · "));
    }

    /**
     * The invocations of a parameterized test by what tells them apart: "input [null] is rejected"
     * and "input [""] is rejected" become {@code [null]} and {@code [""]}.
     */
    public static List<String> varyingParts(List<String> names) {
        if (names.size() < 2) {
            return names;
        }
        List<List<String>> words = names.stream().map(n -> List.of(n.split(" "))).toList();
        List<String> first = words.getFirst();
        int shortest = words.stream().mapToInt(List::size).min().orElse(0);
        int prefix = 0;
        while (prefix < shortest && sameAt(words, first, prefix, false)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shortest - prefix && sameAt(words, first, suffix, true)) {
            suffix++;
        }
        int p = prefix;
        int q = suffix;
        return words.stream().map(w -> String.join(" ", w.subList(p, w.size() - q))).toList();
    }

    /** Whether every word list has the same word as {@code first} at {@code index} (counted from the end if {@code fromEnd}). */
    private static boolean sameAt(List<List<String>> words, List<String> first, int index, boolean fromEnd) {
        String word = first.get(fromEnd ? first.size() - 1 - index : index);
        return words.stream().allMatch(w -> w.get(fromEnd ? w.size() - 1 - index : index).equals(word));
    }

    private static long countable(List<Result> results) {
        return results.stream().filter(r -> !r.container()).count();
    }

    private static String label(Exercise e) {
        return e.name() + (e.hasHeader() ? " (§" + e.section() + ", " + e.difficulty() + ")" : "");
    }

    /** The board: exercises in course order, this run's tests passed of total, and the next step. */
    public static String board(String title, List<ChapterResults> chapters) {
        List<String[]> rows = new ArrayList<>();
        int done = 0;
        int total = 0;
        int ran = 0;
        Exercise next = null;
        boolean someNotRun = false;
        for (ChapterResults chapter : chapters) {
            for (Exercise e : chapter.exercises()) {
                total++;
                List<Result> mine = chapter.of(e);
                long tests = countable(mine);
                boolean classFailed = mine.stream().anyMatch(r -> r.container() && !r.passed());
                long passed = mine.stream().filter(r -> !r.container() && r.passed()).count();
                String state;
                if (mine.isEmpty()) {
                    state = "not run";
                    someNotRun = true;
                } else if (passed == tests && !classFailed) {
                    state = "done";
                    done++;
                    ran++;
                } else {
                    state = "";
                    ran++;
                    if (next == null) {
                        next = e;
                    }
                }
                rows.add(new String[]{e.section(), e.name(), e.difficulty(),
                        mine.isEmpty() ? "-" : passed + "/" + tests, state});
            }
        }
        StringBuilder text = new StringBuilder("\n");
        text.append(title).append(": ").append(done).append(" of ").append(total).append(" exercises done");
        if (ran < total) {
            text.append(" (").append(total - ran).append(" not run this time)");
        }
        text.append('\n');
        int nameWidth = Math.max(8, rows.stream().mapToInt(r -> r[1].length()).max().orElse(8));
        String format = "  %-5s %-" + nameWidth + "s %-7s %6s  %s%n";
        text.append(format.formatted("§", "exercise", "level", "tests", ""));
        for (String[] row : rows) {
            // A run of some exercises only (-Dtest=…): the board shows those, the title counts the rest.
            if (ran > 0 && row[4].equals("not run")) {
                continue;
            }
            text.append(format.formatted((Object[]) row).stripTrailing()).append('\n');
        }
        if (next != null) {
            text.append("Next: ").append(label(next)).append(" in ").append(next.stub())
                    .append(" — ").append(next.testCommand()).append('\n');
        } else if (someNotRun) {
            text.append("Next: run every test of the chapter to see the rest, e.g. ./mvnw -q test -pl ")
                    .append(chapters.getFirst().module()).append('\n');
        } else if (total > 0) {
            text.append("Every exercise is done.\n");
        }
        return text.toString();
    }

    /** {@code text} on lines of at most {@link #WIDTH} characters: the first after {@code first}, the others after {@code next}. */
    static String wrap(String text, String first, String next) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(first);
        int start = first.length();
        for (String word : text.split(" ")) {
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(next);
                start = next.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).append('\n').toString();
    }
}

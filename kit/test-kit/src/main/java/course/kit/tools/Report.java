package course.kit.tools;

import course.kit.tools.Exercises.Exercise;
import course.kit.tools.Grade.ChapterGrade;
import course.kit.tools.Grade.CopyGrade;
import course.kit.tools.Grade.Row;
import course.kit.tools.TestEvents.Result;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static course.kit.tools.Grade.POINTS_PER_EXERCISE;
import static course.kit.tools.Grade.fmt;
import static course.kit.tools.Grade.sum;

/**
 * The grader's files: {@code grade.md} and {@code grade.json} (the points, for the instructor and
 * for scripts), {@code feedback.md} (for the student: what failed and why), and for a roster
 * {@code class.csv} and {@code class.md} (one row per student, one column per exercise).
 *
 * <p>Rows are in course order (chapter, then section, easy before hard) and carry the section
 * and difficulty. In {@code grade.json} every exercise is one line that begins
 * {@code {"class": "course.ch01.exercises.AgeParser", "status": "solved"}: the Classroom workflow's
 * steps look for exactly that ({@link Workflows#solvedCommand}).
 */
final class Report {

    private Report() {
    }

    static void write(CopyGrade grade, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("grade.md"), markdown(grade));
        Files.writeString(dir.resolve("grade.json"), json(grade));
        Files.writeString(dir.resolve("feedback.md"), feedback(grade));
    }

    // ---------------------------------------------------------------- grade.md

    static String markdown(CopyGrade g) {
        StringBuilder md = new StringBuilder("# Grade\n\n");
        md.append(identity(g)).append("\n\n");
        if (!g.note().isEmpty()) {
            md.append("Note: ").append(g.note()).append("\n\n");
        }
        md.append("| chapter | § | exercise | level | tests passed | points | status |\n|---|---|---|---|---|---|---|\n");
        for (Row r : g.rows()) {
            md.append("| %s | %s | %s | %s | %s | %s / %d | %s |\n".formatted(r.chapter(), r.exercise().section(),
                    r.exercise().name(), r.exercise().difficulty(), r.total() == 0 ? "0 / ?" : r.passed() + " / " + r.total(),
                    fmt(r.points()), POINTS_PER_EXERCISE, cell(r.status())));
        }
        md.append("\n| chapter | points |\n|---|---|\n");
        for (ChapterGrade c : g.chapters()) {
            md.append("| %s | %s / %d |\n".formatted(c.module(), fmt(sum(c.rows())), c.rows().size() * POINTS_PER_EXERCISE));
        }
        md.append("| **total** | **%s / %d** |\n".formatted(fmt(g.points()), g.maxPoints()));
        if (!g.differences().isEmpty()) {
            md.append("\n## Protected files changed\n\n");
            g.differences().forEach(d -> md.append("- `").append(d.path()).append("` (").append(d.change()).append("): ")
                    .append(scope(d, g)).append('\n'));
        }
        List<String> errors = compileErrors(g);
        if (!errors.isEmpty()) {
            md.append("\n## Compile errors\n\n");
            errors.forEach(e -> md.append("- ").append(e).append('\n'));
        }
        return md.toString();
    }

    /** "Student **alice** · commit `3f2a1b0` of 2026-12-19T21:03:00Z · graded … · **213.3 / 290** points". */
    private static String identity(CopyGrade g) {
        List<String> parts = new ArrayList<>();
        parts.add("Student **" + g.student() + "**");
        if (!g.commit().isEmpty()) {
            parts.add("commit `" + shortCommit(g.commit()) + "`" + (g.commitTime().isEmpty() ? "" : " of " + g.commitTime()));
        }
        if (!g.deadline().isEmpty()) {
            parts.add("deadline " + g.deadline());
        }
        parts.add("graded " + g.gradedAt());
        parts.add("**" + fmt(g.points()) + " / " + g.maxPoints() + "** points");
        return String.join(" · ", parts);
    }

    static String shortCommit(String commit) {
        return commit.length() > 10 ? commit.substring(0, 10) : commit;
    }

    /** What a changed protected file costs: the exercises it touches. */
    private static String scope(Integrity.Difference d, CopyGrade g) {
        if (!d.counts()) {
            return "not used by the grader";
        }
        if (d.chapter().isEmpty()) {
            return "every exercise scores 0";
        }
        if (d.testClass().isEmpty()) {
            return "every exercise of " + d.chapter() + " scores 0";
        }
        String name = g.rows().stream().filter(r -> r.exercise().testClass().equals(d.testClass()))
                .map(r -> r.exercise().name()).findFirst().orElse(d.testClass());
        return name + " scores 0";
    }

    /** Every compile error, named by file and line, with what it cost. */
    private static List<String> compileErrors(CopyGrade g) {
        List<String> lines = new ArrayList<>();
        for (ChapterGrade c : g.chapters()) {
            for (Compile.Replaced r : c.replaced()) {
                String owners = c.rows().stream().filter(row -> row.status().startsWith("does not compile: ")
                                && row.status().endsWith(r.errors().getFirst().brief()))
                        .map(row -> row.exercise().name()).collect(Collectors.joining(", "));
                lines.add("`" + r.file() + "`: " + errors(r.errors()) + " — "
                        + (r.byStub() ? "graded as the course's stub" : "left out (no stub to put in its place)")
                        + (owners.isEmpty() ? "" : ": " + owners + " scores 0"));
            }
            if (!c.compiles() && !c.errors().isEmpty()) {
                lines.add(c.module() + " does not compile, so each of its exercises scores 0: " + errors(c.errors()));
            }
        }
        return lines;
    }

    private static String errors(List<Compile.Error> errors) {
        return errors.stream().limit(5).map(Compile.Error::brief).collect(Collectors.joining("; "))
                + (errors.size() > 5 ? "; and " + (errors.size() - 5) + " more" : "");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    // ---------------------------------------------------------------- grade.json

    static String json(CopyGrade g) {
        StringBuilder js = new StringBuilder("{\n");
        js.append("  \"student\": ").append(str(g.student())).append(",\n");
        js.append("  \"commit\": ").append(str(g.commit())).append(",\n");
        js.append("  \"commitTime\": ").append(str(g.commitTime())).append(",\n");
        js.append("  \"deadline\": ").append(str(g.deadline())).append(",\n");
        js.append("  \"gradedAt\": ").append(str(g.gradedAt())).append(",\n");
        js.append("  \"note\": ").append(str(g.note())).append(",\n");
        js.append("  \"protectedFilesChanged\": [");
        for (int i = 0; i < g.differences().size(); i++) {
            Integrity.Difference d = g.differences().get(i);
            js.append(i == 0 ? "\n" : ",\n").append("    {\"file\": ").append(str(d.path())).append(", \"change\": ")
                    .append(str(d.change())).append(", \"counts\": ").append(d.counts()).append("}");
        }
        js.append(g.differences().isEmpty() ? "],\n" : "\n  ],\n");
        js.append("  \"chapters\": [\n");
        for (int c = 0; c < g.chapters().size(); c++) {
            ChapterGrade chapter = g.chapters().get(c);
            js.append("    {\"chapter\": %s, \"compiles\": %s, \"points\": %s, \"maxPoints\": %d,\n".formatted(
                    str(chapter.module()), chapter.compiles(), fmt(sum(chapter.rows())), chapter.rows().size() * POINTS_PER_EXERCISE));
            List<Compile.Error> errors = new ArrayList<>(chapter.errors());
            chapter.replaced().forEach(r -> errors.addAll(r.errors()));
            js.append("     \"compileErrors\": [");
            for (int i = 0; i < errors.size(); i++) {
                Compile.Error e = errors.get(i);
                js.append(i == 0 ? "\n" : ",\n").append("      {\"file\": ").append(str(e.file())).append(", \"line\": ")
                        .append(e.line()).append(", \"message\": ").append(str(e.message())).append("}");
            }
            js.append(errors.isEmpty() ? "],\n" : "\n     ],\n");
            js.append("     \"exercises\": [\n");
            for (int i = 0; i < chapter.rows().size(); i++) {
                Row r = chapter.rows().get(i);
                Exercise e = r.exercise();
                js.append("      {\"class\": %s, \"status\": %s, \"exercise\": %s, \"section\": %s, \"difficulty\": %s, \"passed\": %d, \"total\": %d, \"points\": %s, \"maxPoints\": %d}%s\n".formatted(
                        str(e.className()), str(r.status()), str(e.name()), str(e.section()), str(e.difficulty()),
                        r.passed(), r.total(), fmt(r.points()), POINTS_PER_EXERCISE, i + 1 < chapter.rows().size() ? "," : ""));
            }
            js.append("    ]}").append(c + 1 < g.chapters().size() ? ",\n" : "\n");
        }
        js.append("  ],\n  \"points\": %s,\n  \"maxPoints\": %d\n}\n".formatted(fmt(g.points()), g.maxPoints()));
        return js.toString();
    }

    /** A JSON string. */
    static String str(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append("\\u%04x".formatted((int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    // ---------------------------------------------------------------- feedback.md

    static String feedback(CopyGrade g) {
        StringBuilder md = new StringBuilder("# Feedback for " + g.student() + "\n\n");
        long solved = g.rows().stream().filter(Row::solved).count();
        md.append(identity(g)).append(" · ").append(solved).append(" of ").append(g.rows().size())
                .append(" exercises solved.\n\n");
        if (!g.note().isEmpty()) {
            md.append("Note: ").append(g.note()).append("\n\n");
        }
        if (!g.differences().isEmpty()) {
            md.append("## Files you must not change\n\n")
                    .append("The grader uses the course's own tests and build. These files differ from the course's; "
                            + "restore them (`git checkout <the commit you started from> -- FILE`) and the exercises they touch "
                            + "are graded again:\n\n");
            g.differences().forEach(d -> md.append("- `").append(d.path()).append("` (").append(d.change()).append("): ")
                    .append(scope(d, g)).append('\n'));
            md.append('\n');
        }
        List<String> errors = compileErrors(g);
        if (!errors.isEmpty()) {
            md.append("## Code that does not compile\n\n");
            for (ChapterGrade c : g.chapters()) {
                for (Compile.Replaced r : c.replaced()) {
                    md.append("`").append(r.file()).append("` ")
                            .append(r.byStub() ? "does not compile, so it was graded as the course's untouched stub"
                                    : "does not compile, and no stub could be put in its place, so it was left out")
                            .append(":\n\n").append(fence(compilerText(r.errors()))).append('\n');
                }
                if (!c.compiles() && !c.errors().isEmpty()) {
                    md.append(c.module()).append(" does not compile, so each of its exercises scores 0:\n\n")
                            .append(fence(compilerText(c.errors()))).append('\n');
                }
            }
        }
        List<Row> open = g.rows().stream().filter(r -> !r.solved()).toList();
        if (!open.isEmpty()) {
            md.append("## Not solved yet\n\n");
            for (Row r : open) {
                Exercise e = r.exercise();
                md.append("### ").append(e.section().isEmpty() ? "" : "§" + e.section() + " ").append(e.name())
                        .append(e.difficulty().isEmpty() ? "" : " (" + e.difficulty() + ")").append(": ")
                        .append(fmt(r.points())).append(" / ").append(POINTS_PER_EXERCISE).append("\n\n");
                md.append("`").append(e.stub()).append("` — ").append(r.status()).append("\n\n");
                List<Result> failing = r.results().stream()
                        .filter(x -> !x.passed() && x.status() != TestEvents.Status.SKIPPED).toList();
                if (r.status().matches("\\d+ failing|failed before its tests.*") && !failing.isEmpty()) {
                    md.append(fence(Board.exerciseFailures(e, r.results(), failing).stripTrailing())).append('\n');
                }
            }
        }
        List<Row> done = g.rows().stream().filter(Row::solved).toList();
        if (!done.isEmpty()) {
            md.append("## Solved\n\n").append(done.stream().map(r -> r.exercise().name()
                    + (r.exercise().section().isEmpty() ? "" : " (§" + r.exercise().section() + ")"))
                    .collect(Collectors.joining(", "))).append("\n");
        }
        return md.toString();
    }

    private static String compilerText(List<Compile.Error> errors) {
        return errors.stream().limit(20).map(e -> e.file().substring(e.file().lastIndexOf('/') + 1) + ":" + e.line() + ": "
                + e.message().strip()).collect(Collectors.joining("\n"))
                + (errors.size() > 20 ? "\n… and " + (errors.size() - 20) + " more" : "");
    }

    /** A fenced text block whose fence no line of the text can close. */
    private static String fence(String text) {
        String fence = "```";
        while (text.contains(fence)) {
            fence += "`";
        }
        return fence + "text\n" + text + "\n" + fence + "\n";
    }

    // ---------------------------------------------------------------- the console, after grading a copy

    /** The progress board for the whole course, then what was not graded as written, then the points. */
    static String console(CopyGrade g) {
        List<Board.ChapterResults> runs = g.chapters().stream().map(c -> new Board.ChapterResults(c.module(),
                c.rows().stream().map(Row::exercise).toList(),
                c.rows().stream().flatMap(r -> r.results().stream()).toList())).toList();
        StringBuilder text = new StringBuilder(Board.board("The course", runs));
        List<Row> reasons = g.rows().stream().filter(r -> !r.solved() && !r.status().matches("\\d+ failing")).toList();
        if (!reasons.isEmpty()) {
            text.append("Not graded as written:\n");
            reasons.forEach(r -> text.append("  ").append(r.exercise().name())
                    .append(r.exercise().section().isEmpty() ? "" : " (§" + r.exercise().section() + ")")
                    .append(": ").append(r.status()).append('\n'));
        }
        if (!g.note().isEmpty()) {
            text.append("Note: ").append(g.note()).append('\n');
        }
        text.append("Points: ").append(fmt(g.points())).append(" of ").append(g.maxPoints()).append('\n');
        return text.toString();
    }

    // ---------------------------------------------------------------- the class

    /** The column of an exercise in the class files: "1.3 AgeParser". */
    static String column(Exercise e) {
        return (e.section().isEmpty() ? e.module().substring(0, 4) : e.section()) + " " + e.name();
    }

    static String classCsv(List<CopyGrade> grades, List<Exercise> exercises) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("student", "commit", "commit time"));
        exercises.forEach(e -> header.add(column(e)));
        header.addAll(List.of("total", "max", "note"));
        csv.append(header.stream().map(Report::csv).collect(Collectors.joining(","))).append("\r\n");
        for (CopyGrade g : grades) {
            List<String> cells = new ArrayList<>(List.of(g.student(), g.commit(), g.commitTime()));
            for (Exercise e : exercises) {
                cells.add(g.rows().stream().filter(r -> r.exercise().testClass().equals(e.testClass()))
                        .map(r -> fmt(r.points())).findFirst().orElse("0"));
            }
            cells.addAll(List.of(fmt(g.points()), String.valueOf(exercises.size() * POINTS_PER_EXERCISE), classNote(g)));
            csv.append(cells.stream().map(Report::csv).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    static String classMarkdown(List<CopyGrade> grades, List<Exercise> exercises, String heading) {
        StringBuilder md = new StringBuilder("# Class\n\n").append(heading).append("\n\n");
        md.append("| student | commit | ").append(exercises.stream().map(Report::column).collect(Collectors.joining(" | ")))
                .append(" | total | note |\n");
        md.append("|---|---|").append("---|".repeat(exercises.size())).append("---|---|\n");
        for (CopyGrade g : grades) {
            md.append("| ").append(cell(g.student())).append(" | ")
                    .append(g.commit().isEmpty() ? "" : "`" + shortCommit(g.commit()) + "`").append(" | ");
            for (Exercise e : exercises) {
                md.append(g.rows().stream().filter(r -> r.exercise().testClass().equals(e.testClass()))
                        .map(r -> fmt(r.points())).findFirst().orElse("0")).append(" | ");
            }
            md.append("**").append(fmt(g.points())).append("** / ").append(exercises.size() * POINTS_PER_EXERCISE)
                    .append(" | ").append(cell(classNote(g))).append(" |\n");
        }
        return md.toString();
    }

    /** The note of a class row: why the copy was not graded, or what cost it points besides failing tests. */
    static String classNote(CopyGrade g) {
        List<String> notes = new ArrayList<>();
        if (!g.note().isEmpty()) {
            notes.add(g.note());
        }
        long changed = g.differences().stream().filter(Integrity.Difference::counts).count();
        if (changed > 0) {
            notes.add(changed + " protected file" + (changed == 1 ? "" : "s") + " changed");
        }
        for (ChapterGrade c : g.chapters()) {
            if (!c.compiles() && !c.errors().isEmpty()) {
                notes.add(c.module() + " does not compile");
            }
            List<String> stubbed = c.rows().stream().filter(r -> r.status().startsWith("does not compile: "))
                    .map(r -> r.exercise().name()).toList();
            if (!stubbed.isEmpty()) {
                notes.add("does not compile: " + String.join(", ", stubbed));
            }
        }
        return String.join("; ", notes);
    }

    private static String csv(String value) {
        return value.matches(".*[\",\\r\\n].*") || value.contains("\n") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}

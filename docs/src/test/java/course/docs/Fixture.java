package course.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample repository in {@code src/test/resources/fixture}: one chapter with three sections,
 * two demos, one exercise, a chapter README, a course map with generated regions and an excerpt.
 * Tests copy it to a temporary folder, break one thing, and look at what the checks say.
 */
final class Fixture {

    static final String MODULE = "ch01-exceptions";
    static final String GUESS = "course.ch01.s03_handling.GuessTheAge";
    static final String COUNTER = "course.ch01.s03_handling.LineCounter";

    private Fixture() {
    }

    /** A fresh copy of the sample repository under {@code dir}. */
    static Path copy(Path dir) {
        try {
            Path source = Path.of(Fixture.class.getResource("/fixture/mvnw").toURI()).getParent();
            course.kit.tools.Folders.copy(source, dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample course: its catalogue, as a chapter's {@code SECTIONS} would give it. */
    static Course course(Path root, String... demosOf13) {
        Repo repo = new Repo(root);
        List<Course.Demo> demos = Stream.of(demosOf13.length == 0 ? new String[] {GUESS, COUNTER} : demosOf13)
                .map(c -> new Course.Demo(c, Course.sourceOf(MODULE, c)))
                .toList();
        return new Course(repo, List.of(Course.chapter(repo, 1, MODULE, "Chapter 1 — Exceptions (异常处理)", List.of(
                new Course.Section("1.1", "Exceptions", "异常", List.of()),
                new Course.Section("1.2", "Common exceptions", "常见异常", List.of()),
                new Course.Section("1.3", "Handling exceptions", "异常处理", demos)))));
    }

    static Generator generator(Path root) {
        return new Generator(course(root));
    }

    /** Replaces the only occurrence of {@code from} in a file of the copy; fails if it is not there exactly once. */
    static void edit(Path root, String file, String from, String to) {
        Path path = root.resolve(file);
        String text = Repo.read(path);
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException(file + " must hold exactly one `" + from + "`");
        }
        write(path, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    static void write(Path path, String text) {
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of a file of the copy that contains {@code text} (the first one). */
    static int lineOf(Path root, String file, String text) {
        List<String> lines = Repo.read(root.resolve(file)).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(file + " has no line with `" + text + "`");
    }
}

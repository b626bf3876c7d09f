package course.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the course is on disk. The chapters are the folders {@code chNN-topic} directly under the
 * root, the same folders the root {@code pom.xml} lists as modules: code that needs every chapter
 * lists those folders instead of keeping a list of its own.
 */
public final class Course {

    /** Set by the build (root pom) to the folder holding the root pom.xml. */
    public static final String ROOT_PROPERTY = "course.root";

    private Course() {
    }

    /** The course root: {@code -Dcourse.root}, else the nearest folder at or above the working directory that has chapters. */
    public static Path root() {
        String property = System.getProperty(ROOT_PROPERTY, "");
        if (!property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        Path start = Path.of("").toAbsolutePath().normalize();
        return findRoot(start).orElseThrow(() -> new IllegalStateException(
                "no course root at or above " + start + " (a folder with pom.xml and chNN-* chapter folders)"));
    }

    public static Optional<Path> findRoot(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && !chapterModules(dir).isEmpty()) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** The chapter module folders under {@code root}, in chapter order. */
    public static List<Path> chapterModules(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().matches("ch\\d\\d-.+"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

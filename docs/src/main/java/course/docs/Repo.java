package course.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The repository on disk: where its root is, which Markdown pages it has, where its Java
 * sources live. Build output, version-control data and the docs checks' own test fixtures are
 * never part of it.
 */
public final class Repo {

    /** Folders never searched for pages or files. */
    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", ".git", ".mvn", ".idea", ".vscode", "node_modules");

    private final Path root;
    private Map<String, List<Path>> filesByName;

    public Repo(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The repository around the working directory: the nearest folder upwards that holds {@code mvnw}. */
    public static Repo find() {
        return new Repo(findRoot(Path.of("").toAbsolutePath()));
    }

    static Path findRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no folder holding mvnw and pom.xml at or above " + start
                + ": run from inside the course repository");
    }

    public Path root() {
        return root;
    }

    /** The path of a file relative to the root, with '/' as separator: how problems name pages. */
    public String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    public Path resolve(String relativePath) {
        return root.resolve(relativePath).normalize();
    }

    /** The chapter modules: folders named {@code chNN-…} directly under the root, in order. */
    public List<Path> chapterModules() {
        return course.kit.Course.chapterModules(root);
    }

    /** Whether the instructor's part (reference solutions and grading tools) is present. */
    public boolean hasSolutions() {
        return Files.isDirectory(root.resolve("solutions"));
    }

    /** Every Markdown page: the root's, the chapters', the docs' — any {@code *.md} outside build output and test fixtures. */
    public List<Path> markdownPages() {
        return walkFiles().stream().filter(p -> p.getFileName().toString().endsWith(".md")).toList();
    }

    /** The Java source folders of the kit, the chapters, the solutions and the docs module. */
    public List<Path> sourceRoots() {
        List<Path> roots = new ArrayList<>();
        for (String kit : List.of("kit/course-kit", "kit/test-kit")) {
            roots.add(root.resolve(kit + "/src/main/java"));
            roots.add(root.resolve(kit + "/src/test/java"));
        }
        for (Path module : chapterModules()) {
            roots.add(module.resolve("src/main/java"));
            roots.add(module.resolve("src/test/java"));
        }
        roots.add(root.resolve("solutions/src/main/java"));
        roots.add(root.resolve("docs/src/main/java"));
        roots.add(root.resolve("docs/src/test/java"));
        return roots.stream().filter(Files::isDirectory).toList();
    }

    /** Files of the repository with a given file name (for names like {@code LineCounter.java}). */
    public List<Path> filesNamed(String fileName) {
        if (filesByName == null) {
            Map<String, List<Path>> index = new TreeMap<>();
            for (Path file : walkFiles()) {
                index.computeIfAbsent(file.getFileName().toString(), k -> new ArrayList<>()).add(file);
            }
            filesByName = index;
        }
        return filesByName.getOrDefault(fileName, List.of());
    }

    /** Every file under a folder of the repository, skipping build output and fixtures. */
    public List<Path> walkFiles(Path start) {
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(start)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !skipped(start.relativize(p)))
                    .sorted(Comparator.comparing(this::relative))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> walkFiles() {
        return walkFiles(root);
    }

    private static boolean skipped(Path relative) {
        String path = relative.toString().replace('\\', '/');
        if (path.contains("src/test/resources/")) {
            return true; // the docs checks' fixtures are broken on purpose
        }
        for (Path part : relative) {
            if (SKIPPED_FOLDERS.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package course.kit.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The manifest of what a student must not change, {@value #MANIFEST}: the SHA-256 of every file
 * of the course that grading trusts, and of every exercise stub as it is handed out.
 *
 * <ul>
 *   <li>{@code protected} entries: the tests (every module's {@code src/test}), every {@code pom.xml},
 *       {@code .mvn/**}, {@code mvnw}, {@code mvnw.cmd}, {@code kit/**} (the grader and the course's
 *       one {@code junit-platform.properties}) and the Classroom workflow. Grading inside a student's
 *       repository ({@code ./mvnw verify -Pgrade} there, as Classroom does) compares the repository
 *       with them: see {@link #protectedChanges}.</li>
 *   <li>{@code stub} entries: every file in an {@code exercises} folder of a module's {@code src/main/java}. The course
 *       check uses them to tell a copy whose stubs hold a student's work ({@link #stubChanges}), and the
 *       grader to find the handed-out stub in a repository's history.</li>
 * </ul>
 *
 * <p>Only files of the student edition are listed (not {@code solutions/}, the grading guide, the
 * edition script or the course's own CI workflow), and each digest is taken of the file as the
 * student edition holds it: the root {@code pom.xml} without its {@code <module>solutions</module>}
 * line, Markdown pages without their instructor parts (see {@code docs/make-student-edition.sh}).
 * Line ends count as {@code \n} whether they are written {@code \r\n} or not, so that a Windows
 * checkout matches too. The manifest is written by {@code CourseTools manifest ROOT}, which the
 * pages command runs ({@value #REGENERATE}); a docs check fails when it is stale.
 *
 * <p>This is a check against mistakes and casual edits, not a lock: a student who edits the
 * manifest as well defeats it. Roster grading ({@code -Dcourse.grade.roster=DIR}) never uses a
 * student's tests or build files at all.
 */
public final class Integrity {

    /** The manifest, relative to the course root. */
    public static final String MANIFEST = "kit/manifest.sha256";

    /** The command that rewrites the manifest (with the pages and the workflows). */
    public static final String REGENERATE = "./mvnw -q -pl docs -am process-test-classes -Ppages";

    /** The Classroom workflow of a student's repository: protected like the build. */
    public static final String CLASSROOM_WORKFLOW = ".github/workflows/classroom.yml";

    /** Paths the student edition leaves out (docs/make-student-edition.sh): never in the manifest. */
    private static final List<String> NOT_IN_EDITION = List.of(
            "solutions/", "docs/grading.md", "docs/make-student-edition.sh", ".github/workflows/ci.yml");

    /** Folders and files that are build output or an IDE's, never the course's. */
    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", ".git", ".idea", ".vscode", ".settings");
    private static final Pattern SKIPPED_FILES = Pattern.compile("\\.classpath|\\.project|.*\\.iml|\\.DS_Store");

    private static final Pattern PROTECTED = Pattern.compile(
            "[^/]+/src/test/.+|(?:.+/)?pom\\.xml|\\.mvn/.+|mvnw|mvnw\\.cmd|kit/.+|" + Pattern.quote(CLASSROOM_WORKFLOW));
    private static final Pattern STUB = Pattern.compile("[^/]+/src/main/java/(?:.+/)?exercises/.+");
    private static final Pattern EXERCISE_TEST = Pattern.compile("(ch\\d\\d-[^/]+)/src/test/java/((?:.+/)?exercises/[^/]+Test)\\.java");
    private static final Pattern CHAPTER_FILE = Pattern.compile("(ch\\d\\d-[^/]+)/.+");

    public enum Kind {
        PROTECTED, STUB;

        String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One line of the manifest: a file, relative to the root with '/' separators, and its digest. */
    public record Entry(Kind kind, String digest, String path) {
    }

    /**
     * A file that differs from the manifest: {@code change} is "changed", "deleted" or "added".
     * {@code chapter} and {@code testClass} say which exercises it touches: one exercise (both set),
     * a chapter's ({@code testClass} empty), every exercise (both empty), or none ({@code counts}
     * false: an added file that grading never reads).
     */
    public record Difference(String path, String change, String chapter, String testClass, boolean counts) {

        /** "ch01-exceptions/…/AgeParserTest.java (changed)". */
        public String text() {
            return path + " (" + change + ")";
        }

        /** Whether this difference costs the exercise of {@code testClass} in {@code chapterModule} its points. */
        public boolean touches(String chapterModule, String exerciseTestClass) {
            return counts && (chapter.isEmpty()
                    || chapter.equals(chapterModule) && (testClass.isEmpty() || testClass.equals(exerciseTestClass)));
        }
    }

    private Integrity() {
    }

    // ---------------------------------------------------------------- which files

    static boolean inEdition(String path) {
        return NOT_IN_EDITION.stream().noneMatch(p -> p.endsWith("/") ? path.startsWith(p) : path.equals(p));
    }

    static boolean isProtected(String path) {
        return inEdition(path) && !path.equals(MANIFEST) && PROTECTED.matcher(path).matches();
    }

    static boolean isStub(String path) {
        return inEdition(path) && STUB.matcher(path).matches();
    }

    /** Every file under {@code root} that the predicate accepts, by relative path, build output and IDE files skipped. */
    static List<String> files(Path root, Predicate<String> accept) {
        List<String> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && SKIPPED_FOLDERS.contains(dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String path = relative(root, file);
                    if (attrs.isRegularFile() && !SKIPPED_FILES.matcher(file.getFileName().toString()).matches()
                            && accept.test(path)) {
                        found.add(path);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(null);
        return found;
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    // ---------------------------------------------------------------- digests

    /** The SHA-256 of a file as the student edition holds it, line ends read as {@code \n}. */
    public static String digest(String path, byte[] content) {
        byte[] edition = editionForm(path, content);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(withoutCarriageReturns(edition)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static String digest(Path root, String path) {
        try {
            return digest(path, Files.readAllBytes(root.resolve(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What docs/make-student-edition.sh makes of a file: the root pom without the solutions module
     * line ({@code grep -v}), a Markdown page without its instructor parts ({@code awk}); both end
     * every line they print with a new line.
     */
    static byte[] editionForm(String path, byte[] content) {
        if (path.equals("pom.xml")) {
            return lines(content, line -> !line.matches("\\s*<module>solutions</module>\\s*"));
        }
        if (path.endsWith(".md")) {
            boolean[] skip = {false};
            return lines(content, line -> {
                if (line.contains("<!-- instructor -->")) {
                    skip[0] = true;
                }
                boolean print = !skip[0];
                if (line.contains("<!-- end instructor -->")) {
                    skip[0] = false;
                }
                return print;
            });
        }
        return content;
    }

    private static byte[] lines(byte[] content, Predicate<String> keep) {
        // ISO-8859-1 maps every byte to one char and back: the bytes of the kept lines stay as they were.
        String text = new String(content, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (keep.test(line)) {
                out.append(line).append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] withoutCarriageReturns(byte[] content) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(content.length);
        for (int i = 0; i < content.length; i++) {
            if (!(content[i] == '\r' && i + 1 < content.length && content[i + 1] == '\n')) {
                out.write(content[i]);
            }
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- the manifest

    /** The manifest the course at {@code root} should have now. */
    public static List<Entry> compute(Path root) {
        List<Entry> entries = new ArrayList<>();
        for (String path : files(root, Integrity::isProtected)) {
            entries.add(new Entry(Kind.PROTECTED, digest(root, path), path));
        }
        for (String path : files(root, Integrity::isStub)) {
            entries.add(new Entry(Kind.STUB, digest(root, path), path));
        }
        return entries;
    }

    public static String render(List<Entry> entries) {
        StringBuilder text = new StringBuilder("""
                # The files of the course that a student must not change (protected) and the exercise stubs as
                # handed out (stub), each with the SHA-256 of the file as the student edition holds it (line ends
                # read as \\n). Written by CourseTools manifest; regenerate with: %s
                """.formatted(REGENERATE));
        for (Entry e : entries) {
            text.append("%-9s %s  %s%n".formatted(e.kind().word(), e.digest(), e.path()));
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    /** Rewrites the manifest of the course at {@code root}; returns whether it changed. */
    public static boolean write(Path root) throws IOException {
        Path file = root.resolve(MANIFEST);
        String fresh = render(compute(root));
        if (Files.isRegularFile(file) && Files.readString(file).equals(fresh)) {
            return false;
        }
        Files.writeString(file, fresh);
        return true;
    }

    /** The manifest of the course at {@code root}, if it has one. */
    public static Optional<List<Entry>> read(Path root) throws IOException {
        Path file = root.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Pattern line = Pattern.compile("(protected|stub)\\s+([0-9a-f]{64})\\s+(.+)");
        List<Entry> entries = new ArrayList<>();
        for (String text : Files.readAllLines(file)) {
            Matcher m = line.matcher(text.strip());
            if (m.matches()) {
                entries.add(new Entry(Kind.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT)), m.group(2), m.group(3)));
            }
        }
        return Optional.of(entries);
    }

    /** The lines by which the manifest at {@code root} differs from what it should be now (empty: it is fresh). */
    public static List<String> staleLines(Path root) throws IOException {
        List<Entry> now = compute(root);
        List<Entry> written = read(root).orElse(List.of());
        List<String> stale = new ArrayList<>();
        Map<String, Entry> before = new TreeMap<>();
        written.forEach(e -> before.put(e.kind() + " " + e.path(), e));
        for (Entry e : now) {
            Entry old = before.remove(e.kind() + " " + e.path());
            if (old == null) {
                stale.add(e.path() + ": not in the manifest (" + e.kind().word() + ")");
            } else if (!old.digest().equals(e.digest())) {
                stale.add(e.path() + ": changed since the manifest was written (" + e.kind().word() + ")");
            }
        }
        before.values().forEach(e -> stale.add(e.path() + ": in the manifest, but no such file (" + e.kind().word() + ")"));
        return stale;
    }

    // ---------------------------------------------------------------- comparing a copy with it

    /**
     * The protected files of the repository at {@code root} that differ from the manifest, each
     * with the exercises it touches: a chapter's exercise test touches its exercise; any other file
     * of a chapter (its pom, another test) the chapter's exercises; anything else (the root pom,
     * {@code .mvn}, the wrapper, the kit, the workflow, the docs module) every exercise. An added
     * file counts only under {@code .mvn/} and {@code kit/}, where the build would pick it up; an
     * added test is listed but never read by the grader.
     */
    public static List<Difference> protectedChanges(Path root, List<Entry> manifest) {
        Map<String, String> expected = new TreeMap<>();
        manifest.stream().filter(e -> e.kind() == Kind.PROTECTED).forEach(e -> expected.put(e.path(), e.digest()));
        List<Difference> differences = new ArrayList<>();
        for (String path : files(root, Integrity::isProtected)) {
            String digest = expected.remove(path);
            if (digest == null) {
                boolean counts = path.startsWith(".mvn/") || path.startsWith("kit/");
                differences.add(difference(path, "added", counts));
            } else if (!digest.equals(digest(root, path))) {
                differences.add(difference(path, "changed", true));
            }
        }
        expected.keySet().forEach(path -> differences.add(difference(path, "deleted", true)));
        differences.sort(java.util.Comparator.comparing(Difference::path));
        return differences;
    }

    private static Difference difference(String path, String change, boolean counts) {
        Matcher test = EXERCISE_TEST.matcher(path);
        if (test.matches()) {
            return new Difference(path, change, test.group(1), test.group(2).replace('/', '.'), counts);
        }
        Matcher chapter = CHAPTER_FILE.matcher(path);
        if (chapter.matches()) {
            return new Difference(path, change, chapter.group(1), "", counts);
        }
        return new Difference(path, change, "", "", counts);
    }

    /** The exercise files (stubs) of the copy at {@code root} that differ from the stubs as handed out. */
    public static List<Difference> stubChanges(Path root, List<Entry> manifest) {
        Map<String, String> expected = new TreeMap<>();
        manifest.stream().filter(e -> e.kind() == Kind.STUB).forEach(e -> expected.put(e.path(), e.digest()));
        List<Difference> differences = new ArrayList<>();
        for (String path : files(root, Integrity::isStub)) {
            String digest = expected.remove(path);
            if (digest == null) {
                differences.add(difference(path, "added", true));
            } else if (!digest.equals(digest(root, path))) {
                differences.add(difference(path, "changed", true));
            }
        }
        expected.keySet().forEach(path -> differences.add(difference(path, "deleted", true)));
        differences.sort(java.util.Comparator.comparing(Difference::path));
        return differences;
    }

    /** The digest of the stub at {@code path} as handed out, if the manifest lists it. */
    static Optional<String> stubDigest(List<Entry> manifest, String path) {
        return manifest.stream().filter(e -> e.kind() == Kind.STUB && e.path().equals(path)).map(Entry::digest).findFirst();
    }

    /** CourseTools manifest ROOT: rewrites the manifest and says whether it changed. */
    static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CourseTools manifest COURSE_ROOT");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        boolean changed = write(root);
        System.out.println((changed ? "updated " : "up to date: ") + MANIFEST);
    }
}

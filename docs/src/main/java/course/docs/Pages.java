package course.docs;

import course.kit.tools.Integrity;
import course.kit.tools.Workflows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings every page up to date, or checks them all; then the files made from the course: the two
 * GitHub workflows ({@code course.kit.tools.Workflows}) and the manifest of what a student must not
 * change ({@code course.kit.tools.Integrity}, written last, as it covers the Classroom workflow).
 *
 * <pre>
 * ./mvnw -q -pl docs -am process-test-classes -Ppages      rewrite the generated regions and excerpts of every page
 * java -cp CLASSPATH course.docs.Pages [ROOT]          the same, by hand (ROOT: the repository; default: found upwards)
 * java -cp CLASSPATH course.docs.Pages --check [ROOT]  change nothing; print every problem of every check; exit 1 if any
 * </pre>
 *
 * The class path must hold the chapters' classes: their catalogues are what the pages are made from.
 * Only the blocks between markers change ({@code <!-- generated: … -->} … {@code <!-- end generated -->},
 * and the code block under {@code <!-- excerpt: PATH#REGION -->}); the hand-written text around them stays.
 */
public final class Pages {

    private Pages() {
    }

    public static void main(String[] args) throws IOException {
        boolean check = false;
        Path root = null;
        for (String arg : args) {
            if (arg.equals("--check")) {
                check = true;
            } else if (!arg.isBlank() && root == null && !arg.startsWith("-")) {
                root = Path.of(arg);
            } else if (!arg.isBlank()) {
                System.err.println("usage: Pages [--check] [REPOSITORY_ROOT]");
                System.exit(2);
                return;
            }
        }
        Repo repo = root == null ? Repo.find() : new Repo(Repo.findRoot(root));
        Generator generator = new Generator(Course.load(repo));
        if (check) {
            List<Problem> problems = new ArrayList<>();
            for (Check c : Check.values()) {
                problems.addAll(c.run(generator).problems());
            }
            problems.forEach(System.out::println);
            System.out.println(problems.isEmpty() ? "The pages are true to the code." : problems.size() + " problem(s).");
            System.exit(problems.isEmpty() ? 0 : 1);
            return;
        }
        List<String> changed = update(generator);
        // Then the files made from the course (the workflows are protected files: the manifest comes last).
        changed.addAll(Workflows.write(repo.root()));
        if (Integrity.write(repo.root())) {
            changed.add(Integrity.MANIFEST);
        }
        if (changed.isEmpty()) {
            System.out.println("Every page is up to date.");
        } else {
            changed.forEach(p -> System.out.println("updated " + p));
        }
    }

    /** Rewrites every page whose generated regions or excerpts are stale; returns the pages changed. */
    public static List<String> update(Generator generator) throws IOException {
        Repo repo = generator.course().repo();
        List<String> changed = new ArrayList<>();
        for (Path page : repo.markdownPages()) {
            String text = Files.readString(page);
            List<String> lines = text.lines().toList();
            List<String> fresh = generator.update(page, lines);
            if (!fresh.equals(lines)) {
                String newline = text.contains("\r\n") ? "\r\n" : "\n";
                Files.writeString(page, String.join(newline, fresh) + (text.endsWith("\n") || text.isEmpty() ? newline : ""));
                changed.add(repo.relative(page));
            }
        }
        return changed;
    }
}

package course.kit.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A JVM running JUnit's console launcher on a chapter's tests: started by the grader and the stress run. */
public final class TestJvm {

    /** The demo time scale of test runs: course.timeScale.test in the root pom, which passes it on. */
    static final double TIME_SCALE = Double.parseDouble(System.getProperty("course.timeScale.test", "0.05"));

    private TestJvm() {
    }

    /**
     * This JVM's class path entries that belong to no chapter and not to the solutions: the kit,
     * JUnit, AssertJ, Awaitility. The code under test comes from elsewhere.
     */
    static List<String> libraries(Path root) {
        List<Path> chaptersAndSolutions = new ArrayList<>(course.kit.Course.chapterModules(root));
        chaptersAndSolutions.add(root.resolve("solutions"));
        List<String> libraries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath().normalize();
            if (!entry.isBlank() && chaptersAndSolutions.stream().noneMatch(path::startsWith)) {
                libraries.add(entry);
            }
        }
        return libraries;
    }

    /** The system property with the flags every test JVM started here gets (the build sets it: Lincheck's). */
    static final String FLAGS_PROPERTY = "course.testJvmFlags";

    /** The flags of {@value #FLAGS_PROPERTY}, split at white space. */
    static List<String> configuredFlags() {
        return java.util.Arrays.stream(System.getProperty(FLAGS_PROPERTY, "").trim().split("\\s+"))
                .filter(f -> !f.isEmpty()).toList();
    }

    /**
     * {@code java <this JVM's -XX: flags> <configured flags> <jvmFlags> -cp <classPath> ConsoleLauncher execute <selection>
     * --reports-dir=<reports>}, in the chapter's folder, its output to {@code reports/output.txt}.
     */
    static Process start(Path chapter, List<String> classPath, List<String> jvmFlags, List<String> selection,
                         Path reports) throws IOException {
        List<String> command = new ArrayList<>(List.of(course.kit.ChildJvm.javaExecutable().toString()));
        command.addAll(course.kit.ChildJvm.inheritedFlags());
        command.addAll(configuredFlags());
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, classPath),
                "org.junit.platform.console.ConsoleLauncher", "execute", "--disable-banner", "--details=none"));
        command.addAll(selection);
        command.add("--reports-dir=" + reports);
        return new ProcessBuilder(command).directory(chapter.toFile())
                .redirectErrorStream(true).redirectOutput(reports.resolve("output.txt").toFile()).start();
    }

    /** Whether the test JVM ended within the limit; either way, it and its descendants are gone after. */
    static boolean endsWithin(Process tests, long seconds) throws InterruptedException {
        try {
            return tests.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            tests.descendants().forEach(ProcessHandle::destroyForcibly);
            tests.destroyForcibly();
        }
    }
}

package course.ch03.exercises;

import course.ch03.process.JavaProcess;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reference solution of exercise 3.6 · ExitCodes. */
public final class ExitCodes {

    private ExitCodes() {
    }

    public static List<Integer> runAll(Class<?> mainClass, List<List<String>> argsPerChild)
            throws IOException, InterruptedException {
        Objects.requireNonNull(mainClass, "mainClass");
        Objects.requireNonNull(argsPerChild, "argsPerChild");
        // Build every process object first: a bad class or argument list fails before anything runs.
        List<JavaProcess> children = new ArrayList<>();
        for (List<String> args : argsPerChild) {
            Objects.requireNonNull(args, "an element of argsPerChild");
            children.add(new JavaProcess(mainClass, args, null));
        }
        try {
            for (JavaProcess child : children) {
                child.start();
            }
            List<Integer> codes = new ArrayList<>();
            for (JavaProcess child : children) {
                child.join();
                codes.add(child.exitCode().orElseThrow());
            }
            return codes;
        } finally {
            // Only does something if a start or a join failed: leave no child behind.
            for (JavaProcess child : children) {
                if (child.isAlive()) {
                    child.kill();
                }
            }
        }
    }
}

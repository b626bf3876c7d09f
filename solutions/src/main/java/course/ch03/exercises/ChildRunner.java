package course.ch03.exercises;

import course.ch03.process.JavaProcess;

import java.io.IOException;
import java.util.Objects;

/** Reference solution of exercise 3.2 · ChildRunner. */
public final class ChildRunner {

    private ChildRunner() {
    }

    public static String run(Class<?> mainClass, String... args)
            throws ChildFailedException, IOException, InterruptedException {
        Objects.requireNonNull(mainClass, "mainClass");
        // JavaProcess closes the child's stdin and reads stdout and stderr on two threads.
        JavaProcess child = new JavaProcess(mainClass, args);
        child.start();
        try {
            child.join();
        } finally {
            if (child.isAlive()) {          // interrupted while waiting
                child.kill();
            }
        }
        int exitCode = child.exitCode().orElseThrow();
        if (exitCode != 0) {
            throw new ChildFailedException(mainClass.getName(), exitCode, child.errorOutput());
        }
        return child.output();
    }
}

package course.kit;

import java.util.List;

/** One demo of a section: a class with a {@code main}, and the arguments the launcher gives it. */
public record Demo(Class<?> mainClass, List<String> launcherArgs) {

    public Demo {
        launcherArgs = List.copyOf(launcherArgs);
    }

    public static Demo of(Class<?> mainClass, String... launcherArgs) {
        return new Demo(mainClass, List.of(launcherArgs));
    }
}

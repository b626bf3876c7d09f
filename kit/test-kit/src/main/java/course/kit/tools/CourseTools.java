package course.kit.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The course's build tools, run by the build on the test kit's class path:
 *
 * <pre>
 * CourseTools check COURSE_ROOT STUB_REPORTS REFERENCE_REPORTS   (./mvnw verify -Psolutions)
 * CourseTools grade COURSE_ROOT OUTPUT_DIR                       (./mvnw verify -Pgrade)
 * CourseTools report COURSE_ROOT OUTPUT_DIR                      (the table from existing reports)
 * CourseTools stress COURSE_ROOT RUNS SEED                       (./mvnw verify -Psolutions,stress)
 * CourseTools wrong COURSE_ROOT WRONG_DIR WORK_DIR [JVM_FLAG...] (./mvnw verify -Psolutions: wrong versions caught)
 * </pre>
 */
public final class CourseTools {

    private CourseTools() {
    }

    public static void main(String[] args) throws IOException {
        String tool = args.length == 0 ? "" : args[0];
        String[] rest = java.util.Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (tool) {
            case "check" -> CourseCheck.main(rest);
            case "grade" -> Grade.main(rest, true);
            case "report" -> Grade.main(rest, false);
            case "stress" -> Stress.main(rest);
            case "wrong" -> WrongVersions.main(rest);
            default -> {
                System.err.println("usage: CourseTools check|grade|report|stress|wrong ARGS...");
                System.exit(2);
            }
        }
    }
}

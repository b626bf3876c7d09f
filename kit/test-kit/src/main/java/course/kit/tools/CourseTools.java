package course.kit.tools;

import java.io.IOException;

/**
 * The course's build tools, run by the build on the test kit's class path:
 *
 * <pre>
 * CourseTools check COURSE_ROOT STUB_REPORTS REFERENCE_REPORTS    (./mvnw verify -Psolutions)
 * CourseTools grade COURSE_ROOT OUTPUT_DIR                        (./mvnw verify -Pgrade: the copy itself)
 * CourseTools grade COURSE_ROOT OUTPUT_DIR --roster=DIR [--deadline=TIME]
 *                                                                 (./mvnw verify -Pgrade -Dcourse.grade.roster=DIR)
 * CourseTools stress COURSE_ROOT RUNS SEED                        (./mvnw verify -Psolutions,stress)
 * CourseTools manifest COURSE_ROOT                                (kit/manifest.sha256, see Integrity)
 * CourseTools workflows COURSE_ROOT                               (.github/workflows, see Workflows)
 * CourseTools wrong [--in-background|--await] COURSE_ROOT WORK_DIR WRONG_DIRS
 *                                                                 (./mvnw verify -Psolutions: wrong versions caught)
 * </pre>
 *
 * The pages command ({@code ./mvnw -q -pl docs -am process-test-classes -Ppages}) runs the last two.
 */
public final class CourseTools {

    private CourseTools() {
    }

    public static void main(String[] args) throws IOException {
        String tool = args.length == 0 ? "" : args[0];
        String[] rest = java.util.Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (tool) {
            case "check" -> CourseCheck.main(rest);
            case "grade" -> Grade.main(rest);
            case "stress" -> Stress.main(rest);
            case "manifest" -> Integrity.main(rest);
            case "workflows" -> Workflows.main(rest);
            case "wrong" -> WrongVersions.main(rest);
            default -> {
                System.err.println("usage: CourseTools check|grade|stress|manifest|workflows|wrong ARGS...");
                System.exit(2);
            }
        }
    }
}

package course.ch02;

import course.ch02.s02_program.WhoAmI;
import course.ch02.s05_creating.ChildReport;
import course.ch02.s06_termination.DividesByZero;
import course.ch02.s06_termination.RunsUntilKilled;
import course.ch02.s07_hierarchy.Branch;
import course.kit.Chapter;
import course.kit.test.BadInputBattery;
import org.junit.jupiter.api.DisplayName;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Chapter 2's bad-input battery: the rules are the kit's ({@link BadInputBattery}); the exemptions are these. */
@DisplayName("Chapter 2 bad-input battery: every main ends with a usage or error line, never a stack trace or a hang")
class BadInputBatteryTest extends BadInputBattery {

    @Override
    protected Chapter chapter() {
        return Chapter02.CHAPTER;
    }

    @Override
    protected Map<Class<?>, Exemption> exemptions() {
        return Map.of(
                RunsUntilKilled.class, Exemption.runsUntilStopped(
                        "it waits for its parent to end, so that FourWaysToEnd can kill it (§2.6)"),
                DividesByZero.class, Exemption.showsAStackTrace(
                        "its lesson is what the JVM does with an uncaught ArithmeticException (§2.6)"),
                ChildReport.class, Exemption.acceptsAnyArguments(
                        "it prints back whatever arguments it is given, * and $HOME included: that no shell"
                                + " touches them is its lesson (§2.5)"));
    }

    @Override
    protected Map<Class<?>, List<List<String>>> wrongArguments() {
        // Any one label is valid, two are not.
        return Map.of(WhoAmI.class, List.of(List.of("one label", "one too many")));
    }

    @Override
    protected Map<Class<?>, Supplier<List<String>>> argumentsInsteadOfNone() {
        // Branch reads its input only once it has a valid depth.
        return Map.of(Branch.class, () -> List.of("0"));
    }
}

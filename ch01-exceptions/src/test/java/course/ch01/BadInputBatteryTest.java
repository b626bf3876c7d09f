package course.ch01;

import course.ch01.s01_exceptions.RuntimeErrors;
import course.ch01.s03_handling.LineCounter;
import course.kit.Chapter;
import course.kit.test.BadInputBattery;
import org.junit.jupiter.api.DisplayName;

import java.util.List;
import java.util.Map;

/**
 * Chapter 1's bad-input battery: the rules are the kit's ({@link BadInputBattery}). Chapter 1 has no
 * server and no main whose lesson is a trace, so every main meets every rule. RuntimeErrors lets an
 * exception escape only when given "crash", which no case here uses.
 */
@DisplayName("Chapter 1 bad-input battery: every main given no, wrong, blank and garbage input")
class BadInputBatteryTest extends BadInputBattery {

    @Override
    protected Chapter chapter() {
        return Chapter01.CHAPTER;
    }

    /** Mains that take arguments get every malformed form they must refuse. */
    @Override
    protected Map<Class<?>, List<List<String>>> wrongArguments() {
        return Map.of(
                Chapter01.class, List.of(List.of("--no-such-option"), List.of("9.99"), List.of("1.3", "1.4")),
                RuntimeErrors.class, List.of(List.of("--no-such-option"), List.of("crash", "twice")),
                LineCounter.class, List.of(List.of("--no-such-option"), List.of(" "), List.of("pom.xml", "-v")));
    }
}

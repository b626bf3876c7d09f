package course.ch03.s01_module;

import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§3.1 The multiprocessing module (模块介绍): the chapter's mapping table")
class ModuleDemosTest {

    @Test
    @DisplayName("the table has a header and one line per row, in chapter order")
    void printsTheTable() throws Throwable {
        var lines = DemoRunner.run(ModuleMap.class, "").lines();
        assertThat(lines).hasSize(ModuleMap.ROWS.size() + 2);
        assertThat(lines.getFirst()).startsWith("Python multiprocessing").endsWith("Java in this chapter");
        for (int i = 0; i < ModuleMap.ROWS.size(); i++) {
            ModuleMap.Row row = ModuleMap.ROWS.get(i);
            assertThat(lines.get(i + 2).split(" \\| "))
                    .as("line %d", i + 2)
                    .extracting(String::strip)
                    .containsExactly(row.python(), row.section(), row.java());
        }
    }

    @Test
    @DisplayName("ModuleMap prints exactly the table its header shows")
    void printsItsHeader() throws Throwable {
        assertThat(DemoRunner.run(ModuleMap.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(ModuleMap.class).expected());
    }

    @Test
    @DisplayName("the rows cover every section of the chapter, 3.1 to 3.14")
    void coversEverySection() {
        assertThat(ModuleMap.ROWS.stream().flatMap(r -> java.util.Arrays.stream(r.section().split(", "))).distinct())
                .containsExactlyInAnyOrder("3.1", "3.2", "3.6", "3.3", "3.4", "3.5", "3.7", "3.8", "3.9", "3.10", "3.11", "3.12", "3.13", "3.14");
    }

    @Test
    @DisplayName("the chapter README shows the same rows")
    void readmeHasTheSameRows() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains(ModuleMap.ROWS.stream()
                .map(r -> "| `" + r.python() + "` | " + r.java() + " | " + r.section() + " |")
                .toList());
    }
}

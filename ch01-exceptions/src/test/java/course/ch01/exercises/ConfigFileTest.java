package course.ch01.exercises;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DisplayName("Exercise 1.4 · ConfigFile (medium)")
class ConfigFileTest {

    @TempDir
    Path dir;

    private Path config(String text) throws IOException {
        return Files.writeString(dir.resolve("app.conf"), text);
    }

    private ConfigException failure(Path file) {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigFile.readNumbers(file));
        assertThat(e).as("readNumbers(%s) should throw ConfigException", file.getFileName()).isNotNull();
        return e;
    }

    @Test
    @DisplayName("name = number lines become a map in file order; blank lines, comments and spaces are ignored")
    void readsSettingsInOrder() throws Exception {
        Path file = config("# server\nport = 8080\n\n  threads=4  \n   \ntimeout =-1\n# end\n");
        Map<String, Integer> settings = ConfigFile.readNumbers(file);
        assertThat(settings).containsExactly(Map.entry("port", 8080), Map.entry("threads", 4), Map.entry("timeout", -1));
        assertThatThrownBy(() -> settings.put("extra", 1)).as("the map is unmodifiable")
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("an empty file gives an empty map")
    void emptyFile() throws Exception {
        assertThat(ConfigFile.readNumbers(config(""))).isEmpty();
    }

    @Test
    @DisplayName("a missing file becomes a ConfigException naming it, with the NoSuchFileException as cause")
    void missingFile() {
        Path missing = dir.resolve("missing.conf");
        ConfigException e = failure(missing);
        assertThat(e).hasMessageContaining("missing.conf").hasMessageContaining("does not exist")
                .hasCauseInstanceOf(NoSuchFileException.class);
        assertThat(e.line()).isZero();
    }

    @Test
    @DisplayName("a directory and a file that is not UTF-8 become \"cannot read\" with the IOException as cause")
    void unreadableFile() throws IOException {
        Path notText = Files.write(dir.resolve("binary.conf"), new byte[] {'a', '=', (byte) 0xC3, (byte) 0x28, '\n'});
        for (Path file : new Path[] {dir, notText}) {
            ConfigException e = failure(file);
            assertThat(e).as("reading %s", file.getFileName()).hasMessageContaining("cannot read")
                    .hasCauseInstanceOf(IOException.class);
            assertThat(e.getCause()).isNotInstanceOf(NoSuchFileException.class);
            assertThat(e.line()).isZero();
        }
    }

    @ParameterizedTest(name = "line [{0}] is malformed")
    @ValueSource(strings = {"port 8080", "= 8080", "   =5"})
    @DisplayName("a line without '=' or without a name names its line number and the expected form, with no cause")
    void malformedLine(String line) throws IOException {
        ConfigException e = failure(config("a = 1\n\n" + line + "\n"));
        assertThat(e).hasMessageContaining("line 3").hasMessageContaining("name = number").hasNoCause();
        assertThat(e.line()).isEqualTo(3);
    }

    @ParameterizedTest(name = "value [{0}] is not a number")
    @ValueSource(strings = {"ten", "8.5", "", "99999999999"})
    @DisplayName("a value that is not a whole int names its line and the value, with the NumberFormatException as cause")
    void notANumber(String value) throws IOException {
        ConfigException e = failure(config("# comment\nport = " + value + "\n"));
        assertThat(e).hasMessageContaining("line 2").hasMessageContaining("'" + value + "'")
                .hasCauseInstanceOf(NumberFormatException.class);
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    @DisplayName("a name given twice is reported at its second line as a duplicate")
    void duplicateName() throws IOException {
        ConfigException e = failure(config("port = 1\nthreads = 2\nport = 3\n"));
        assertThat(e).hasMessageContaining("line 3").hasMessageContaining("duplicate").hasMessageContaining("port").hasNoCause();
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    @DisplayName("null is rejected with NullPointerException")
    void rejectsNull() {
        assertThatThrownBy(() -> ConfigFile.readNumbers(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("file");
    }
}

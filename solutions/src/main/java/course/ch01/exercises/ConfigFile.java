package course.ch01.exercises;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reference solution of exercise 1.4 · ConfigFile. */
public final class ConfigFile {

    private ConfigFile() {
    }

    public static Map<String, Integer> readNumbers(Path file) throws ConfigException {
        Objects.requireNonNull(file, "file must not be null");
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException("settings file " + file + " does not exist", 0, e);
        } catch (IOException e) {
            throw new ConfigException("cannot read settings file " + file + ": " + e, 0, e);
        }
        Map<String, Integer> settings = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            String name = equals < 0 ? "" : line.substring(0, equals).strip();
            if (name.isEmpty()) {
                throw new ConfigException(file + ", line " + lineNumber + ": expected name = number, found '" + line + "'", lineNumber);
            }
            String value = line.substring(equals + 1).strip();
            int number;
            try {
                number = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new ConfigException(file + ", line " + lineNumber + ": '" + value + "' is not a whole number", lineNumber, e);
            }
            if (settings.putIfAbsent(name, number) != null) {
                throw new ConfigException(file + ", line " + lineNumber + ": duplicate setting '" + name + "'", lineNumber);
            }
        }
        return Collections.unmodifiableMap(settings);
    }
}

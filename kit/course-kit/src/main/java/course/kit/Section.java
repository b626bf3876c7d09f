package course.kit;

import java.util.List;

/** One numbered section of the original ("3.9"), with its English and Chinese titles and its demos in order. */
public record Section(String number, String english, String chinese, List<Demo> demos) {

    public Section {
        demos = List.copyOf(demos);
    }

    public static Section of(String number, String english, String chinese, Demo... demos) {
        return new Section(number, english, chinese, List.of(demos));
    }

    /** The section's package in its chapter: §3.9 is {@code course.ch03.s09_…}; this is {@code course.ch03.s09_}. */
    public String packagePrefix() {
        String[] parts = number.split("\\.");
        return "course.ch%02d.s%02d_".formatted(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }
}

package course.ch01.exercises;

/** Reference solution of exercise 1.3 · AgeParser. */
public final class AgeParser {

    public static final int MIN_AGE = 0;
    public static final int MAX_AGE = 150;

    private AgeParser() {
    }

    public static int parseAge(String input) {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("age is empty: type a whole number from " + MIN_AGE + " to " + MAX_AGE);
        }
        String text = input.strip();
        int age;
        try {
            age = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number", e);
        }
        if (age < MIN_AGE || age > MAX_AGE) {
            throw new IllegalArgumentException("age " + age + " is out of range " + MIN_AGE + ".." + MAX_AGE);
        }
        return age;
    }
}

package course.ch01.s03_handling;

import course.kit.Usage;

import java.io.IOException;

/**
 * §1.3 Handling exceptions (异常处理) — case 1: an error you can predict, so check first.
 *
 * <p><b>The Python original</b> asks for a guess of a secret age (25) in a loop, accepts the
 * input only when it is all digits, converts it and says whether the guess is right.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=1.3}
 * and type guesses; end input with Ctrl-D.
 *
 * <p><b>Expected</b> (typing {@code abc}, {@code 30}, {@code 25}):
 * <pre>
 * Guess my age: Please type digits only.
 * Guess my age: Too big.
 * Guess my age: You got it
 * </pre>
 * At the end of input: {@code No more input: bye.} Given any argument: a usage line and exit code 2.
 * Anything that is not digits is a wrong guess, however long the line: only its first 80
 * characters are kept ({@code Keyboard}).
 */
public final class GuessTheAge {

    static final int SECRET_AGE = 25;

    public static void main(String[] args) {
        Usage.noArguments(args, GuessTheAge.class);
        Keyboard.talk(GuessTheAge::play);
    }

    static void play(Keyboard keyboard) throws IOException {
        // Python's isdigit() has a one-line Java counterpart over the string's characters.
        // Checking first ("look before you leap") works when you can list every bad input.
        while (true) {
            System.out.print("Guess my age: ");
            String line = keyboard.next();
            // End of input (Ctrl-D, or a closed pipe) is not an error: stop politely.
            if (line == null) {
                System.out.println();
                System.out.println("No more input: bye.");
                return;
            }
            line = line.strip();
            if (line.isEmpty() || !line.chars().allMatch(Character::isDigit)) {
                System.out.println("Please type digits only.");
                continue;
            }
            // Digits only, but "99999999999" still overflows an int: the check above cannot
            // foresee every failure, which is why case 2 (ReadNumber) uses try/catch.
            if (line.length() > 3) {
                System.out.println("Nobody is that old.");
                continue;
            }
            int guess = Integer.parseInt(line);
            if (guess == SECRET_AGE) {
                System.out.println("You got it");
                return;
            }
            System.out.println(guess < SECRET_AGE ? "Too small." : "Too big.");
        }
    }
}

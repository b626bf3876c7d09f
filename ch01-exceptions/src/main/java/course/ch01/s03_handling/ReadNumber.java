package course.ch01.s03_handling;

import course.kit.Usage;

import java.io.IOException;

/**
 * §1.3 Handling exceptions (异常处理) — case 2: an error you cannot predict, so try and catch.
 *
 * <p><b>The Python original</b> converts the user's input with {@code int()} inside
 * {@code try}, and on {@code ValueError} prints that the input is not a valid number and asks
 * again.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=1.3}
 *
 * <p><b>Expected</b> (typing {@code twelve}, then {@code 12}):
 * <pre>
 * Enter a whole number: 'twelve' is not a valid number, try again.
 * Enter a whole number: You entered 12; doubled it is 24.
 * </pre>
 * At the end of input: {@code No more input: bye.} Given any argument: a usage line and exit code 2.
 * However long a line is, only its first 80 characters are kept ({@code Keyboard}); a cut line
 * ends in {@code …} and is never a valid number.
 */
public final class ReadNumber {

    public static void main(String[] args) {
        Usage.noArguments(args, ReadNumber.class);
        Keyboard.talk(ReadNumber::askUntilValid);
    }

    static void askUntilValid(Keyboard keyboard) throws IOException {
        while (true) {
            System.out.print("Enter a whole number: ");
            String line = keyboard.next();
            if (line == null) {                       // end of input: stop, no stack trace
                System.out.println();
                System.out.println("No more input: bye.");
                return;
            }
            try {
                // Integer.parseInt is Java's int(): it throws NumberFormatException, an
                // unchecked subclass of IllegalArgumentException, the way int() raises ValueError.
                int number = Integer.parseInt(line.strip());
                // Reached only if the line above did not throw: the rest of a try block is
                // skipped as soon as something in it throws.
                System.out.println("You entered " + number + "; doubled it is " + Math.multiplyExact(number, 2) + ".");
                return;
            } catch (NumberFormatException e) {
                System.out.println("'" + line + "' is not a valid number, try again.");
            } catch (ArithmeticException e) {
                // Math.multiplyExact throws instead of overflowing silently.
                System.out.println(line.strip() + " is too big to double, try again.");
            }
        }
    }
}

package course.ch01.s04_raising;

import course.kit.Usage;

import java.util.Objects;

/**
 * §1.4 Raising exceptions (抛出异常) — {@code throw}.
 *
 * <p><b>The Python original</b> raises a {@code TypeError} with a message of its own inside a
 * {@code try}, and a catch-all handler prints that message.
 *
 * <p><b>In Java</b> the keyword is {@code throw}, and what follows it is an object created with
 * {@code new}: any instance of {@link Throwable}. The usual reason to throw is a guard at the
 * top of a method that refuses bad arguments: {@link IllegalArgumentException} for a bad value,
 * {@link NullPointerException} (via {@link Objects#requireNonNull}) for a missing one, and
 * {@link IllegalStateException} when the call is fine but the object is not ready for it.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=1.4}
 *
 * <p><b>Expected</b>
 * <pre>
 * caught: wrong type
 * setAge(30): ok, age is 30
 * setAge(-5): IllegalArgumentException: age must be between 0 and 150, was -5
 * setName(null): NullPointerException: name must not be null
 * greet() before setName: IllegalStateException: no name yet: call setName first
 * </pre>
 */
public final class RaiseAndCatch {

    private int age;
    private String name;

    public static void main(String[] args) {
        Usage.noArguments(args, RaiseAndCatch.class);
        // The original, line for line. Python's TypeError has no run-time twin for "wrong
        // argument" in Java; IllegalArgumentException is what Java code throws for it.
        try {
            throw new IllegalArgumentException("wrong type");
        } catch (Exception e) {
            System.out.println("caught: " + e.getMessage());
        }

        RaiseAndCatch person = new RaiseAndCatch();
        person.setAge(30);
        System.out.println("setAge(30): ok, age is " + person.age);
        try {
            person.setAge(-5);
        } catch (IllegalArgumentException e) {
            print("setAge(-5)", e);
        }
        try {
            person.setName(null);
        } catch (NullPointerException e) {
            print("setName(null)", e);
        }
        try {
            person.greet();
        } catch (IllegalStateException e) {
            print("greet() before setName", e);
        }
    }

    // Guard clauses: check first, throw with a message that says what was wrong and what was
    // given, and only then change anything. A rejected call leaves the object as it was.
    void setAge(int age) {
        if (age < 0 || age > 150) {
            throw new IllegalArgumentException("age must be between 0 and 150, was " + age);
        }
        this.age = age;
    }

    void setName(String name) {
        this.name = Objects.requireNonNull(name, "name must not be null");
    }

    String greet() {
        if (name == null) {
            throw new IllegalStateException("no name yet: call setName first");
        }
        return "Hello, " + name;
    }

    static void print(String call, RuntimeException e) {
        System.out.println(call + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
}

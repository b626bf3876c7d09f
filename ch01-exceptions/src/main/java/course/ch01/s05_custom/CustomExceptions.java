package course.ch01.s05_custom;

import course.kit.Usage;

import java.io.IOException;

/**
 * §1.5 Custom exceptions (自定义异常) — exception classes of your own.
 *
 * <p><b>The Python original</b> defines an exception class that stores a message, raises an
 * instance of it and prints the message in the handler.
 *
 * <p><b>In Java</b> you extend {@link Exception} for a checked exception (the caller must plan
 * for it) or {@link RuntimeException} for an unchecked one (a bug in the caller), and give it
 * the two usual constructors, {@code (String message)} and {@code (String message, Throwable
 * cause)}, passing both to {@code super}. Fields can carry the facts a handler needs, so that
 * nobody has to parse the message. Never extend {@link Throwable} or {@link Error}: a
 * {@code catch (Exception e)} safety net does not catch them (the last part shows it).
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch01-exceptions compile exec:exec -Dsection=1.5}
 *
 * <p><b>Expected</b>
 * <pre>
 * caught MyError: my own message
 * order 7 rejected: only 3 of 5 in stock (missing 2)
 * order 8 rejected: stock file unreadable, cause: disk on fire
 * bug in the caller: quantity must be positive, was 0
 * catch (Exception e) missed ExtendsThrowable: a Throwable that is no Exception
 * catch (Exception e) missed ExtendsError: an Error that is no Exception
 * </pre>
 */
public final class CustomExceptions {

    // The original, in Java: a class that holds a message. `extends Exception` makes it checked,
    // so a method that throws it must say `throws MyError`.
    static class MyError extends Exception {
        MyError(String message) {
            super(message);
        }
    }

    // A checked exception for a failure the caller should handle (the order cannot be served),
    // with both standard constructors and a field that makes the message's facts available.
    static class OrderRejectedException extends Exception {
        private final int missing;

        OrderRejectedException(String message, int missing) {
            super(message);
            this.missing = missing;
        }

        OrderRejectedException(String message, Throwable cause) {
            super(message, cause);
            this.missing = 0;
        }

        int missing() {
            return missing;
        }
    }

    // An unchecked exception for misuse: nobody should catch it, the calling code should change.
    static class InvalidQuantityException extends IllegalArgumentException {
        InvalidQuantityException(String message) {
            super(message);
        }
    }

    // BROKEN bases, the counterparts of deriving from Python's BaseException.
    static class ExtendsThrowable extends Throwable {
        ExtendsThrowable(String message) {
            super(message);
        }
    }

    static class ExtendsError extends Error {
        ExtendsError(String message) {
            super(message);
        }
    }

    static final int IN_STOCK = 3;

    public static void main(String[] args) {
        Usage.noArguments(args, CustomExceptions.class);
        try {
            throw new MyError("my own message");
        } catch (MyError e) {
            System.out.println("caught MyError: " + e.getMessage());
        }

        for (int order : new int[] {7, 8}) {
            try {
                placeOrder(order, 5);
            } catch (OrderRejectedException e) {
                // The handler reads the facts from fields, not from the message text.
                System.out.println("order " + order + " rejected: " + e.getMessage()
                        + (e.getCause() == null ? " (missing " + e.missing() + ")" : ", cause: " + e.getCause().getMessage()));
            }
        }

        try {
            placeOrder(9, 0);
        } catch (InvalidQuantityException e) {
            System.out.println("bug in the caller: " + e.getMessage());
        } catch (OrderRejectedException e) {
            System.out.println("order 9 rejected: " + e.getMessage());
        }

        // Both of these fly past the catch-all that code everywhere relies on. Only
        // catch (Throwable t), which also swallows OutOfMemoryError and friends, would stop them.
        for (Throwable thrown : new Throwable[] {
                new ExtendsThrowable("a Throwable that is no Exception"),
                new ExtendsError("an Error that is no Exception")}) {
            try {
                try {
                    throwIt(thrown);
                } catch (Exception e) {
                    System.out.println("catch (Exception e) caught it: " + e.getMessage());
                }
            } catch (Throwable escaped) {
                System.out.println("catch (Exception e) missed " + escaped.getClass().getSimpleName() + ": " + escaped.getMessage());
            }
        }
    }

    static void placeOrder(int order, int quantity) throws OrderRejectedException {
        if (quantity <= 0) {
            throw new InvalidQuantityException("quantity must be positive, was " + quantity);
        }
        if (order == 8) {
            // A low-level failure, translated into this layer's exception with the cause kept.
            throw new OrderRejectedException("stock file unreadable", new IOException("disk on fire"));
        }
        if (quantity > IN_STOCK) {
            throw new OrderRejectedException("only " + IN_STOCK + " of " + quantity + " in stock", quantity - IN_STOCK);
        }
    }

    static void throwIt(Throwable t) throws Throwable {
        throw t;
    }
}

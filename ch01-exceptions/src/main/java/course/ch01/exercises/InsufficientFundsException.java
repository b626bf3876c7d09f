package course.ch01.exercises;

/**
 * Part of exercise 1.5 · BankAccount: thrown by {@link BankAccount#withdraw} when the balance is
 * too small. Checked on purpose: a caller of {@code withdraw} must plan for it.
 *
 * <p><b>Task.</b> Store both amounts, and pass {@code super} a message that contains the
 * requested amount, the balance and the shortfall (requested − balance), for example
 * {@code "cannot withdraw 200 from a balance of 120: 80 short"}.
 */
public class InsufficientFundsException extends Exception {

    public InsufficientFundsException(long requested, long balance) {
        throw new UnsupportedOperationException("TODO: exercise BankAccount (§1.5) — store the amounts and pass a message to super");
    }

    public long requested() {
        throw new UnsupportedOperationException("TODO: exercise BankAccount (§1.5) — return the requested amount");
    }

    public long balance() {
        throw new UnsupportedOperationException("TODO: exercise BankAccount (§1.5) — return the balance at the time");
    }

    /** How much was missing: requested − balance, always positive. */
    public long shortfall() {
        throw new UnsupportedOperationException("TODO: exercise BankAccount (§1.5) — return requested − balance");
    }
}

package course.ch01.exercises;

/** Reference solution of exercise 1.5 · BankAccount: the exception. */
public class InsufficientFundsException extends Exception {

    private final long requested;
    private final long balance;

    public InsufficientFundsException(long requested, long balance) {
        super("cannot withdraw " + requested + " from a balance of " + balance + ": " + (requested - balance) + " short");
        this.requested = requested;
        this.balance = balance;
    }

    public long requested() {
        return requested;
    }

    public long balance() {
        return balance;
    }

    /** How much was missing: requested − balance, always positive. */
    public long shortfall() {
        return requested - balance;
    }
}

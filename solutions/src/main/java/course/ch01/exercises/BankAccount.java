package course.ch01.exercises;

import java.util.Objects;

/** Reference solution of exercise 1.5 · BankAccount. */
public final class BankAccount {

    private long balance;

    public BankAccount(long openingBalance) {
        if (openingBalance < 0) {
            throw new IllegalArgumentException("opening balance must not be negative, was " + openingBalance);
        }
        this.balance = openingBalance;
    }

    public long balance() {
        return balance;
    }

    public void deposit(long amount) {
        requirePositive(amount);
        balance = sumOrReject(balance, amount);
    }

    public void withdraw(long amount) throws InsufficientFundsException {
        requirePositive(amount);
        if (amount > balance) {
            throw new InsufficientFundsException(amount, balance);
        }
        balance -= amount;
    }

    public void transferTo(BankAccount target, long amount) throws InsufficientFundsException {
        Objects.requireNonNull(target, "target account must not be null");
        if (target == this) {
            throw new IllegalArgumentException("cannot transfer to the same account");
        }
        requirePositive(amount);
        long targetAfter = sumOrReject(target.balance, amount);   // every check before any change
        withdraw(amount);
        target.balance = targetAfter;
    }

    private static void requirePositive(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amount);
        }
    }

    private static long sumOrReject(long balance, long amount) {
        try {
            return Math.addExact(balance, amount);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("depositing " + amount + " would overflow the balance " + balance, e);
        }
    }
}

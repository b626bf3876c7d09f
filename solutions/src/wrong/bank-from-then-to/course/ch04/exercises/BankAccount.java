package course.ch04.exercises;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wrong version of exercise 4.7 · BankAccount (a test fixture, not a solution): locks {@code from},
 * then {@code to}, as the hint warns against. A transfer from a to b and one from b to a at the same
 * moment can each hold one monitor and wait for the other for ever.
 */
public final class BankAccount {

    private static final AtomicLong NEXT_ID = new AtomicLong(1);

    private final long id = NEXT_ID.getAndIncrement();
    private long balance;                    // guarded by this account's monitor

    public BankAccount(long initialBalance) {
        if (initialBalance < 0) {
            throw new IllegalArgumentException("initial balance must be 0 or more, was " + initialBalance);
        }
        this.balance = initialBalance;
    }

    public long id() {
        return id;
    }

    public synchronized long balance() {
        return balance;
    }

    public static boolean transfer(BankAccount from, BankAccount to, long amount) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be more than 0, was " + amount);
        }
        if (from == to) {
            throw new IllegalArgumentException("cannot transfer from " + from + " to the same account");
        }
        synchronized (from) {                    // WRONG: no global order; b-to-a takes them the other way
            synchronized (to) {
                if (from.balance < amount) {
                    return false;
                }
                from.balance -= amount;
                to.balance += amount;
                return true;
            }
        }
    }

    @Override
    public String toString() {
        return "account " + id;
    }
}

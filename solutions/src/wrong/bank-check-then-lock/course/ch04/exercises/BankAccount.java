package course.ch04.exercises;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wrong version of exercise 4.7 · BankAccount (a test fixture, not a solution): the balance is
 * checked before the locks are taken ("only the move needs the locks"). Between the check and the
 * move another transfer can take the money: two transfers of 2 out of 3 both succeed, and the
 * account ends at -1.
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
        if (from.balance() < amount) {           // WRONG: checked before the locks are taken
            return false;
        }
        BankAccount first = from.id < to.id ? from : to;
        BankAccount second = first == from ? to : from;
        synchronized (first) {
            synchronized (second) {
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

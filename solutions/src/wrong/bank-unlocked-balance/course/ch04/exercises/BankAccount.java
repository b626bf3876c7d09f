package course.ch04.exercises;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wrong version of exercise 4.7 · BankAccount (a test fixture, not a solution): {@code balance()} lost
 * its {@code synchronized} ("a read needs no lock"). Without it there is no happens-before between a
 * transfer and a thread that reads the balance: a thread waiting for the balance to change may read
 * it once and never again.
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

    public long balance() {                  // WRONG: reads the balance without the monitor
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
        // One global order, whatever the direction: the smaller id is always locked first.
        BankAccount first = from.id < to.id ? from : to;
        BankAccount second = first == from ? to : from;
        synchronized (first) {
            synchronized (second) {
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

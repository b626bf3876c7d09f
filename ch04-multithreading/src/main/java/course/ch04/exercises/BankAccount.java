package course.ch04.exercises;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Exercise 4.7 · BankAccount (medium) — move money between accounts from many threads, losing
 * nothing and never deadlocking.
 *
 * <p><b>Task.</b> Implement {@link #transfer(BankAccount, BankAccount, long)}. If {@code from}
 * holds at least {@code amount}, move it to {@code to} and return {@code true}; otherwise change
 * nothing and return {@code false}. While you check and move, hold the monitors of
 * <em>both</em> accounts ({@code synchronized}), so that no other transfer sees or changes either
 * balance halfway. Transfers run from many threads at once, in both directions between the same
 * two accounts, and must never deadlock. A transfer takes the locks of its own two accounts and no
 * other: transfers between other accounts go on meanwhile. One lock for the whole bank (a
 * {@code static synchronized} method, a lock on {@code BankAccount.class}) would also be correct and
 * could not deadlock, but it makes every transfer wait for every other one, even between four
 * different accounts: it gives up the concurrency this exercise is about, and the tests catch it.
 *
 * <p>Reject bad calls, changing nothing: a {@code null} account with
 * {@link NullPointerException}; an {@code amount} of 0 or less with
 * {@link IllegalArgumentException} whose message contains the amount; {@code from == to} with
 * {@link IllegalArgumentException} whose message contains {@code "same account"}.
 *
 * <p><b>Hint.</b> {@code synchronized (from) { synchronized (to) { ... } }} deadlocks when another
 * thread transfers the other way at the same moment. Lock the two accounts in one global
 * order instead: the one with the smaller {@link #id()} first, whatever the direction.
 *
 * <p><b>Reread:</b> §4.7 ({@code DeadlockDetected}, {@code FixLockOrder}).
 */
public final class BankAccount {

    private static final AtomicLong NEXT_ID = new AtomicLong(1);

    private final long id = NEXT_ID.getAndIncrement();
    private long balance;                    // guarded by this account's monitor

    /** A new account with a unique id and a starting balance of 0 or more. */
    public BankAccount(long initialBalance) {
        if (initialBalance < 0) {
            throw new IllegalArgumentException("initial balance must be 0 or more, was " + initialBalance);
        }
        this.balance = initialBalance;
    }

    /** Unique, and never changes: a stable order for locking. */
    public long id() {
        return id;
    }

    public synchronized long balance() {
        return balance;
    }

    /** Moves {@code amount} from {@code from} to {@code to} if {@code from} has enough; see the class comment. */
    public static boolean transfer(BankAccount from, BankAccount to, long amount) {
        throw new UnsupportedOperationException("TODO: exercise BankAccount (§4.7) — implement transfer; see the class comment");
    }

    @Override
    public String toString() {
        return "account " + id;
    }
}

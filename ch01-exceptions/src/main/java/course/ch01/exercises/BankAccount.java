package course.ch01.exercises;

/**
 * Exercise 1.5 · BankAccount (easy) — a custom checked exception that carries the facts.
 *
 * <p><b>Task.</b> An account holds a balance in whole cents. Implement the constructor and the
 * methods below, and {@link InsufficientFundsException}.
 * <ul>
 *   <li>{@code new BankAccount(opening)}: a negative opening balance →
 *       {@link IllegalArgumentException} whose message contains the amount;</li>
 *   <li>{@link #deposit} and {@link #withdraw}: an amount of zero or less →
 *       {@link IllegalArgumentException} whose message contains {@code "positive"} and the amount;
 *       a deposit that would overflow a {@code long} → {@link IllegalArgumentException}
 *       containing {@code "overflow"};</li>
 *   <li>{@link #withdraw} more than the balance → {@link InsufficientFundsException} with the
 *       requested amount, the balance and the shortfall;</li>
 *   <li>{@link #transferTo}: withdraw here, deposit there; a {@code null} target →
 *       {@link NullPointerException} whose message contains {@code "target"}, the same account →
 *       {@link IllegalArgumentException} whose message contains {@code "same account"}.</li>
 * </ul>
 * A call that throws changes nothing: both balances stay as they were.
 *
 * <p><b>Hint.</b> Validate everything first and change the balance last; then an exception can
 * never leave the account half-updated.
 *
 * <p><b>Reread:</b> §1.5 ({@code CustomExceptions}); §1.4 for guard clauses ({@code RaiseAndCatch}).
 */
public final class BankAccount {

    public BankAccount(long openingBalance) {
        throw new UnsupportedOperationException("TODO: exercise BankAccount (§1.5) — implement the constructor");
    }

    public long balance() {
        throw new UnsupportedOperationException("TODO: exercise BankAccount (§1.5) — implement balance");
    }

    public void deposit(long amount) {
        throw new UnsupportedOperationException("TODO: exercise BankAccount (§1.5) — implement deposit");
    }

    public void withdraw(long amount) throws InsufficientFundsException {
        throw new UnsupportedOperationException("TODO: exercise BankAccount (§1.5) — implement withdraw");
    }

    public void transferTo(BankAccount target, long amount) throws InsufficientFundsException {
        throw new UnsupportedOperationException("TODO: exercise BankAccount (§1.5) — implement transferTo");
    }
}

package course.ch01.exercises;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DisplayName("Exercise 1.5 · BankAccount (easy)")
class BankAccountTest {

    @Test
    @DisplayName("deposits and withdrawals change the balance; the whole balance can be withdrawn")
    void depositAndWithdraw() throws Exception {
        BankAccount account = new BankAccount(100);
        account.deposit(50);
        assertThat(account.balance()).as("after depositing 50 into 100").isEqualTo(150);
        account.withdraw(30);
        assertThat(account.balance()).as("after withdrawing 30").isEqualTo(120);
        account.withdraw(120);
        assertThat(account.balance()).as("after withdrawing everything").isZero();
    }

    @Test
    @DisplayName("withdrawing too much throws InsufficientFundsException with the amounts and the shortfall; the balance is unchanged")
    void insufficientFunds() {
        BankAccount account = new BankAccount(120);
        InsufficientFundsException e = catchThrowableOfType(InsufficientFundsException.class, () -> account.withdraw(200));
        assertThat(e.requested()).as("requested").isEqualTo(200);
        assertThat(e.balance()).as("balance").isEqualTo(120);
        assertThat(e.shortfall()).as("shortfall").isEqualTo(80);
        assertThat(e).hasMessageContaining("200").hasMessageContaining("120").hasMessageContaining("80");
        assertThat(account.balance()).as("balance after the failed withdrawal").isEqualTo(120);
        assertThat(e).as("InsufficientFundsException must be checked").isNotInstanceOf(RuntimeException.class);
    }

    @Test
    @DisplayName("an empty account cannot pay even one cent")
    void emptyAccount() {
        BankAccount account = new BankAccount(0);
        InsufficientFundsException e = catchThrowableOfType(InsufficientFundsException.class, () -> account.withdraw(1));
        assertThat(e.shortfall()).isEqualTo(1);
        assertThat(account.balance()).isZero();
    }

    @Test
    @DisplayName("a negative opening balance is rejected, naming the amount")
    void negativeOpeningBalance() {
        assertThatThrownBy(() -> new BankAccount(-5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-5");
    }

    @ParameterizedTest(name = "amount {0} is rejected")
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    @DisplayName("deposits and withdrawals of zero or less are rejected as not positive; nothing changes")
    void nonPositiveAmounts(long amount) {
        BankAccount account = new BankAccount(10);
        assertThatThrownBy(() -> account.deposit(amount)).as("deposit(%d)", amount)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive").hasMessageContaining(String.valueOf(amount));
        assertThatThrownBy(() -> account.withdraw(amount)).as("withdraw(%d)", amount)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive").hasMessageContaining(String.valueOf(amount));
        assertThat(account.balance()).isEqualTo(10);
    }

    @Test
    @DisplayName("a deposit that would overflow the balance is rejected; nothing changes")
    void overflow() {
        BankAccount account = new BankAccount(Long.MAX_VALUE - 1);
        assertThatThrownBy(() -> account.deposit(2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overflow");
        assertThat(account.balance()).isEqualTo(Long.MAX_VALUE - 1);
    }

    @Test
    @DisplayName("a transfer moves the money; a failed one leaves both accounts as they were")
    void transfer() throws Exception {
        BankAccount from = new BankAccount(100);
        BankAccount to = new BankAccount(5);
        from.transferTo(to, 60);
        assertThat(from.balance()).isEqualTo(40);
        assertThat(to.balance()).isEqualTo(65);

        InsufficientFundsException e = catchThrowableOfType(InsufficientFundsException.class, () -> from.transferTo(to, 41));
        assertThat(e.shortfall()).isEqualTo(1);
        assertThat(from.balance()).as("payer after the failed transfer").isEqualTo(40);
        assertThat(to.balance()).as("payee after the failed transfer").isEqualTo(65);
    }

    @Test
    @DisplayName("a transfer to null or to the same account is rejected; nothing changes")
    void badTransfers() {
        BankAccount account = new BankAccount(100);
        assertThatThrownBy(() -> account.transferTo(null, 10))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("target");
        assertThatThrownBy(() -> account.transferTo(account, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same account");
        assertThat(account.balance()).isEqualTo(100);
    }

    @Test
    @DisplayName("a transfer that would overflow the payee is rejected and the payer keeps the money")
    void transferOverflow() {
        BankAccount from = new BankAccount(10);
        BankAccount to = new BankAccount(Long.MAX_VALUE);
        assertThatThrownBy(() -> from.transferTo(to, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overflow");
        assertThat(from.balance()).isEqualTo(10);
        assertThat(to.balance()).isEqualTo(Long.MAX_VALUE);
    }
}

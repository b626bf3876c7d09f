package course.ch04.exercises;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Exercise 4.7 · BankAccount (medium)")
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BankAccountTest {

    /** The shortest time the workers of a concurrent test keep transferring; see {@link Race}. */
    static final Duration RACE = Duration.ofMillis(100);

    @Test
    @DisplayName("a transfer moves the amount from one account to the other and returns true")
    void movesMoney() {
        BankAccount a = new BankAccount(100);
        BankAccount b = new BankAccount(5);
        assertThat(BankAccount.transfer(a, b, 30)).as("transfer(a, b, 30)").isTrue();
        assertThat(a.balance()).as("a after giving 30").isEqualTo(70);
        assertThat(b.balance()).as("b after receiving 30").isEqualTo(35);
        assertThat(BankAccount.transfer(b, a, 35)).as("transfer(b, a, 35): all b has").isTrue();
        assertThat(a.balance()).isEqualTo(105);
        assertThat(b.balance()).isZero();
    }

    @Test
    @DisplayName("a transfer of more than the balance returns false and changes nothing")
    void insufficientFunds() {
        BankAccount a = new BankAccount(10);
        BankAccount b = new BankAccount(0);
        assertThat(BankAccount.transfer(a, b, 11)).as("transfer(a, b, 11) with 10 in a").isFalse();
        assertThat(a.balance()).isEqualTo(10);
        assertThat(b.balance()).isZero();
    }

    @Test
    @DisplayName("an amount of 0 or less, the same account twice, or a null account are rejected")
    void rejectsBadArguments() {
        BankAccount a = new BankAccount(10);
        BankAccount b = new BankAccount(10);
        assertThatThrownBy(() -> BankAccount.transfer(a, b, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
        assertThatThrownBy(() -> BankAccount.transfer(a, b, -5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-5");
        assertThatThrownBy(() -> BankAccount.transfer(a, a, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same account");
        assertThatThrownBy(() -> BankAccount.transfer(null, b, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> BankAccount.transfer(a, null, 1)).isInstanceOf(NullPointerException.class);
        assertThat(a.balance()).as("a after the rejected calls").isEqualTo(10);
        assertThat(b.balance()).as("b after the rejected calls").isEqualTo(10);
    }

    @Test
    @DisplayName("transfers both ways between two accounts at once: both locks always taken in one order, no deadlock, no money lost")
    void oppositeDirectionsDoNotDeadlock() throws Exception {
        BankAccount a = new BankAccount(1_000_000);
        BankAccount b = new BankAccount(1_000_000);
        BankAccount low = a.id() < b.id() ? a : b;
        BankAccount high = low == a ? b : a;
        Thread[] highToLow = new Thread[4];
        LongAdder transfers = new LongAdder();
        AtomicBoolean probing = new AtomicBoolean(true);
        AtomicReference<String> inversion = new AtomicReference<>();
        Race race = new Race(4, RACE);
        Thread probe = Thread.ofPlatform().daemon(true).name("lock-order-probe").start(() -> {
            try {
                inversion.set(probeLockOrder(low, high, highToLow, transfers));
            } finally {
                probing.set(false);
            }
        });

        // Workers 0 and 2 move money low -> high, workers 1 and 3 high -> low, all at once, until
        // the race is over and the probe has finished. Each returns how much it moved.
        List<Long> moved = race.run(worker -> () -> {
            BankAccount from = worker % 2 == 0 ? low : high;
            BankAccount to = from == low ? high : low;
            if (from == high) {
                highToLow[worker] = Thread.currentThread();
            }
            long total = 0;
            do {
                if (BankAccount.transfer(from, to, 1)) {
                    total++;
                }
                transfers.increment();
            } while (race.keepGoing(worker) | probing.get());
            return total;
        });
        probe.join(Duration.ofSeconds(5));

        assertThat(inversion.get()).as("a transfer caught holding one account while it waited for the other, "
                + "in the opposite order to a transfer the other way: the two can deadlock").isNull();
        long lowToHigh = moved.get(0) + moved.get(2);
        long highToLowMoved = moved.get(1) + moved.get(3);
        assertThat(low.balance()).as("the account with the smaller id, after the transfers that succeeded")
                .isEqualTo(1_000_000 - lowToHigh + highToLowMoved);
        assertThat(high.balance()).as("the account with the bigger id, after the transfers that succeeded")
                .isEqualTo(1_000_000 + lowToHigh - highToLowMoved);
    }

    /**
     * Holds the monitor of {@code low} for a moment, a few times over, while transfers from
     * {@code high} to {@code low} run, and asks the JVM what each of those transfers holds while it
     * waits for {@code low}. If one holds {@code high}, its lock order is the opposite of a
     * transfer from low to high: together they can deadlock. Returns that finding, or null.
     */
    private static String probeLockOrder(BankAccount low, BankAccount high, Thread[] highToLow, LongAdder transfers) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int looks = 0;
        long giveUp = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (looks < 5 && System.nanoTime() - giveUp < 0) {
            synchronized (low) {
                long until = System.nanoTime() + Duration.ofMillis(200).toNanos();
                while (System.nanoTime() - until < 0) {
                    List<ThreadInfo> waitingForLow = new ArrayList<>();
                    for (Thread t : highToLow) {
                        if (t == null) {
                            continue;
                        }
                        ThreadInfo info = mx.getThreadInfo(new long[] {t.threadId()}, true, false)[0];
                        if (info != null && info.getLockInfo() != null
                                && info.getLockInfo().getIdentityHashCode() == System.identityHashCode(low)) {
                            waitingForLow.add(info);
                        }
                    }
                    for (ThreadInfo info : waitingForLow) {
                        boolean holdsHigh = Arrays.stream(info.getLockedMonitors())
                                .mapToInt(MonitorInfo::getIdentityHashCode)
                                .anyMatch(hash -> hash == System.identityHashCode(high));
                        if (holdsHigh) {
                            return "transfer(" + high + ", " + low + ") held the monitor of " + high
                                    + " while it waited for " + low + "'s; transfer(" + low + ", " + high
                                    + ") takes them the other way round. Lock the smaller id first.";
                        }
                    }
                    if (!waitingForLow.isEmpty()) {
                        looks++;
                        break;
                    }
                    Thread.onSpinWait();
                }
            }
            // Let the transfers go on for a while before the next look.
            long before = transfers.sum();
            long resume = System.nanoTime() + Duration.ofMillis(200).toNanos();
            while (transfers.sum() < before + 1_000 && System.nanoTime() - resume < 0) {
                Thread.onSpinWait();
            }
        }
        return null;
    }

    @Test
    @DisplayName("8 threads, 6 accounts, random transfers: every balance ends exactly as the successful transfers say")
    void randomTransfersAddUp() throws Exception {
        int accounts = 6;
        long start = 1_000;
        List<BankAccount> bank = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            bank.add(new BankAccount(start));
        }
        // Each worker returns the net change its successful transfers made to every account.
        Race race = new Race(8, RACE);
        List<long[]> changes = race.run(worker -> () -> {
            Random random = new Random(worker);
            long[] net = new long[accounts];
            do {
                for (int i = 0; i < 64; i++) {
                    int from = random.nextInt(accounts);
                    int to = (from + 1 + random.nextInt(accounts - 1)) % accounts;
                    long amount = 1 + random.nextInt(50);
                    if (BankAccount.transfer(bank.get(from), bank.get(to), amount)) {
                        net[from] -= amount;
                        net[to] += amount;
                    }
                }
            } while (race.keepGoing(worker));
            return net;
        });
        long total = 0;
        for (int i = 0; i < accounts; i++) {
            long expected = start;
            for (long[] net : changes) {
                expected += net[i];
            }
            long balance = bank.get(i).balance();
            assertThat(balance).as("balance of account %d (never below 0)", i).isEqualTo(expected).isNotNegative();
            total += balance;
        }
        assertThat(total).as("money in the bank").isEqualTo(accounts * start);
    }
}

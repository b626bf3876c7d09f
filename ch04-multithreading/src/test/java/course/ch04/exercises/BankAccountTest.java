package course.ch04.exercises;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

@DisplayName("Exercise 4.7 · BankAccount (medium)")
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BankAccountTest {

    /** The shortest time the workers of a concurrent test keep transferring; see {@link Race}. */
    static final Duration RACE = Duration.ofMillis(100);
    /** Orders of the threads' steps a model check tries; see {@link ModelCheck}. */
    static final int ORDERS = 30;

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

    @Test
    @Tag("model-check")
    @DisplayName("model check: two transfers of 2 from an account holding 3, at the same time: in every order tried exactly one succeeds, and no balance goes below 0")
    @Timeout(60)
    void noOverdraftInAnyOrder() {
        ModelCheck.everyOrder("4.7 · BankAccount",
                "two threads each call transfer(a, b, 2) at the same time, with 3 in a and 1 in b: one returns true, "
                        + "the other false, and a ends with 1, b with 3 (check the balance while you hold both locks).",
                ORDERS, () -> {
                    BankAccount a = new BankAccount(3);
                    BankAccount b = new BankAccount(1);
                    boolean[] moved = new boolean[2];
                    ModelCheck.inParallel(new Object[] {a, b, moved},
                            () -> moved[0] = BankAccount.transfer(a, b, 2),
                            () -> moved[1] = BankAccount.transfer(a, b, 2));
                    long inA = a.balance();
                    long inB = b.balance();
                    ModelCheck.check(inA >= 0, "a ended with " + inA + ": both transfers took 2 out of 3 (an overdraft)");
                    ModelCheck.check(moved[0] != moved[1], "transfer returned " + moved[0] + " in both threads");
                    ModelCheck.check(inA == 1 && inB == 3, "a ended with " + inA + " and b with " + inB + ", not 1 and 3");
                });
    }

    @Test
    @Tag("model-check")
    @DisplayName("model check: transfers of 2 both ways between two accounts at the same time: in every order tried both finish (no deadlock) and no money is lost")
    @Timeout(60)
    void noDeadlockInAnyOrder() {
        ModelCheck.everyOrder("4.7 · BankAccount",
                "thread 1 calls transfer(a, b, 2) while thread 2 calls transfer(b, a, 2), with 3 in a and 1 in b: both "
                        + "return (whatever the order, take the two locks in one global order), and the 4 are all still there.",
                ORDERS, () -> {
                    BankAccount a = new BankAccount(3);
                    BankAccount b = new BankAccount(1);
                    boolean[] moved = new boolean[2];
                    ModelCheck.inParallel(new Object[] {a, b, moved},
                            () -> moved[0] = BankAccount.transfer(a, b, 2),
                            () -> moved[1] = BankAccount.transfer(b, a, 2));
                    long inA = a.balance();
                    long inB = b.balance();
                    ModelCheck.check(moved[0], "transfer(a, b, 2) returned false, though a always held at least 3");
                    ModelCheck.check(inA + inB == 4, "a and b ended with " + inA + " and " + inB + ": the sum is not 4");
                    ModelCheck.check(inA == (moved[1] ? 3 : 1), "a ended with " + inA + ", but transfer(b, a, 2) returned " + moved[1]);
                });
    }

    @Test
    @DisplayName("a transfer between a and b goes ahead while another thread is stuck inside a transfer between c and d: no lock shared by all accounts")
    void transfersBetweenOtherAccountsDoNotWait() throws Exception {
        BankAccount a = new BankAccount(10);
        BankAccount b = new BankAccount(10);
        BankAccount c = new BankAccount(10);
        BankAccount d = new BankAccount(10);
        // A helper thread holds d's monitor, so that transfer(c, d, 1) gets stuck inside, holding
        // whatever it took before d (c's monitor, or a lock of all accounts).
        CountDownLatch holdingD = new CountDownLatch(1);
        CountDownLatch letGoOfD = new CountDownLatch(1);
        Thread holder = Thread.ofPlatform().daemon().name("holds-d").start(() -> {
            synchronized (d) {
                holdingD.countDown();
                try {
                    letGoOfD.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        FutureTask<Boolean> cToD = new FutureTask<>(() -> BankAccount.transfer(c, d, 1));
        FutureTask<Boolean> aToB = new FutureTask<>(() -> BankAccount.transfer(a, b, 1));
        try {
            assertThat(holdingD.await(5, TimeUnit.SECONDS)).as("the helper thread took d's monitor").isTrue();
            Thread stuck = Thread.ofPlatform().daemon().name("transfer-c-to-d").start(cToD);
            await("transfer(c, d, 1) to wait for d's monitor").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(5))
                    .until(() -> stuck.getState() == Thread.State.BLOCKED || cToD.isDone());
            if (cToD.isDone()) {
                rethrowFailure(cToD);
                fail("transfer(c, d, 1) finished while another thread held d's monitor: a transfer must hold the "
                        + "monitors of both accounts (synchronized) while it checks and moves the money");
            }
            Thread.ofPlatform().daemon().name("transfer-a-to-b").start(aToB);
            try {
                assertThat(aToB.get(5, TimeUnit.SECONDS)).as("transfer(a, b, 1)").isTrue();
            } catch (TimeoutException e) {
                fail("transfer(a, b, 1) waited for more than 5 s while a transfer between c and d was stuck: "
                        + "transfers between different accounts must not wait for each other (no static lock, no lock "
                        + "on BankAccount.class: lock the two accounts of the transfer only)");
            }
        } finally {
            letGoOfD.countDown();
        }
        assertThat(cToD.get(5, TimeUnit.SECONDS)).as("transfer(c, d, 1), once d's monitor was free").isTrue();
        holder.join(5_000);
        assertThat(List.of(a.balance(), b.balance(), c.balance(), d.balance())).as("balances of a, b, c, d")
                .containsExactly(9L, 11L, 9L, 11L);
    }

    /** Throws what a finished task threw (the stub's TODO, say), as it is. */
    private static void rethrowFailure(FutureTask<?> task) throws Exception {
        try {
            task.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) e.getCause();
        }
    }

    @Test
    @Tag("visibility")
    @DisplayName("a thread that waits in a loop for balance() to change sees the transfer of another thread")
    void balanceSeesAnotherThreadsTransfer() throws Exception {
        Visibility.assertWaitingThreadSees("BankAccount.balance", "another thread transferred 1 into the empty account");
    }
}

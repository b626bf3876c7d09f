package course.ch04.exercises;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

@DisplayName("Exercise 4.7 · BankAccount")
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BankAccountTest {

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
    @DisplayName("transfers in both directions between two accounts at once all finish, without deadlock")
    void oppositeDirectionsDoNotDeadlock() throws Exception {
        BankAccount a = new BankAccount(1_000_000);
        BankAccount b = new BankAccount(1_000_000);
        int perThread = 20_000;
        // Workers 0 and 2 move a -> b, workers 1 and 3 move b -> a, all at the same time.
        List<Integer> refused = runWatchingForDeadlock(4, worker -> () -> {
            BankAccount from = worker % 2 == 0 ? a : b;
            BankAccount to = from == a ? b : a;
            int failed = 0;
            for (int i = 0; i < perThread; i++) {
                if (!BankAccount.transfer(from, to, 1)) {
                    failed++;
                }
            }
            return failed;
        });
        assertThat(refused).as("refused transfers per worker (every account always had enough)").containsOnly(0);
        assertThat(a.balance()).as("a after 40000 units out and 40000 in").isEqualTo(1_000_000);
        assertThat(b.balance()).as("b after 40000 units out and 40000 in").isEqualTo(1_000_000);
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
        List<long[]> changes = runWatchingForDeadlock(8, worker -> () -> {
            Random random = new Random(worker);
            long[] net = new long[accounts];
            for (int i = 0; i < 10_000; i++) {
                int from = random.nextInt(accounts);
                int to = (from + 1 + random.nextInt(accounts - 1)) % accounts;
                long amount = 1 + random.nextInt(50);
                if (BankAccount.transfer(bank.get(from), bank.get(to), amount)) {
                    net[from] -= amount;
                    net[to] += amount;
                }
            }
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

    /**
     * Runs the tasks on daemon threads released together by a start gate, and waits for them while
     * asking the JVM for deadlocks: a deadlock among the workers fails the test at once and says
     * who holds and who waits for what. The stuck daemon threads cannot keep the test JVM alive.
     */
    private static <T> List<T> runWatchingForDeadlock(int threads, IntFunction<Callable<T>> task) throws Exception {
        CyclicBarrier startGate = new CyclicBarrier(threads);
        List<Thread> workers = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "transfer-worker-" + workers.size());
            t.setDaemon(true);
            workers.add(t);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<T> body = task.apply(i);
                futures.add(pool.submit(() -> {
                    startGate.await();
                    return body.call();
                }));
            }
            AtomicReference<String> deadlock = new AtomicReference<>();
            await("all transfers to finish").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(10))
                    .until(() -> {
                        deadlock.set(deadlockAmong(workers));
                        return deadlock.get() != null || futures.stream().allMatch(Future::isDone);
                    });
            if (deadlock.get() != null) {
                fail("the transfers deadlocked:%n%s", deadlock.get());
            }
            List<T> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    fail("worker thread " + i + " failed: " + e.getCause(), e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Null, or one line per deadlocked worker: the lock it waits for and who holds that lock. */
    private static String deadlockAmong(List<Thread> workers) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] ids = mx.findDeadlockedThreads();
        if (ids == null) {
            return null;
        }
        List<Long> ours = workers.stream().map(Thread::threadId).toList();
        long[] stuck = Arrays.stream(ids).filter(ours::contains).toArray();
        if (stuck.length == 0) {
            return null;
        }
        return Arrays.stream(mx.getThreadInfo(stuck, true, true))
                .map(BankAccountTest::describe)
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private static String describe(ThreadInfo info) {
        String holds = java.util.stream.Stream.concat(Arrays.stream(info.getLockedMonitors()), Arrays.stream(info.getLockedSynchronizers()))
                .map(Object::toString).collect(Collectors.joining(", "));
        return "  " + info.getThreadName() + " holds [" + holds + "] and waits for " + info.getLockName()
                + ", held by " + info.getLockOwnerName();
    }
}

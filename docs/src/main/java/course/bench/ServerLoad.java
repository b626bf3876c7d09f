package course.bench;

import course.ch03.s04_socket_server.UpperCaseServer;
import course.ch04.s12_socket_server.UpperCaseTcpServer;
import course.ch04.s12_socket_server.UpperCaseTcpServer.Handling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * The course's TCP servers under a bounded load from clients on 127.0.0.1, every reply checked,
 * written to {@code docs/reliability.md}:
 *
 * <pre>./mvnw -q -Pload -pl docs -am verify -DskipTests</pre>
 *
 * <p>For each server it runs two tests against one server started in process on port 0:
 * <ol>
 *   <li><b>connections</b>: a fixed number of clients, a fixed number at a time, each connects,
 *       sends one line, checks the reply and closes: connections per second;</li>
 *   <li><b>messages</b>: a fixed number of clients connect (each first exchanges one untimed
 *       line, so a child JVM of the process-per-connection server is up), then all at once
 *       send a fixed number of lines each, one at a time, checking every reply: messages per
 *       second and the round-trip time of each message.</li>
 * </ol>
 * A reply is correct when it is exactly the line sent, upper-cased. Each server has a hard time
 * limit for both tests; on time-out its open client sockets are closed, the run is reported as
 * timed out and the harness goes on. After {@code close()} the harness counts the child
 * processes still alive (there must be none).
 */
public final class ServerLoad {

    /** The servers measured, and how each is started. */
    public enum Kind {
        PROCESS_PER_CONNECTION("process per connection (§3.4)", "course.ch03.s04_socket_server.UpperCaseServer", null,
                "../ch03-multiprocessing/src/main/java/course/ch03/s04_socket_server/UpperCaseServer.java"),
        THREAD_PER_CONNECTION("platform thread per connection (§4.12)", "course.ch04.s12_socket_server.UpperCaseTcpServer",
                Handling.PLATFORM_THREAD_PER_CONNECTION,
                "../ch04-multithreading/src/main/java/course/ch04/s12_socket_server/UpperCaseTcpServer.java"),
        VIRTUAL_THREADS("virtual thread per connection (§4.12)", "course.ch04.s12_socket_server.UpperCaseTcpServer",
                Handling.VIRTUAL_THREAD_EXECUTOR,
                "../ch04-multithreading/src/main/java/course/ch04/s12_socket_server/UpperCaseTcpServer.java");

        final String title;
        final String className;
        final Handling handling;      // null: not an UpperCaseTcpServer
        final String source;

        Kind(String title, String className, Handling handling, String source) {
            this.title = title;
            this.className = className;
            this.handling = handling;
            this.source = source;
        }

        /** Starts this kind of server on 127.0.0.1, any free port, with its log discarded. */
        Server start() throws IOException {
            return switch (this) {
                case PROCESS_PER_CONNECTION -> {
                    UpperCaseServer server = UpperCaseServer.start(0, new PrintStream(OutputStream.nullOutputStream()));
                    yield new Server(server::port, server, () -> -1);
                }
                case THREAD_PER_CONNECTION, VIRTUAL_THREADS -> {
                    UpperCaseTcpServer server = UpperCaseTcpServer.start(0, handling, line -> { });
                    yield new Server(server::port, server, server::liveThreads);
                }
            };
        }
    }

    /** A running server: its port, how to close it, and its live threads (-1: not known). */
    record Server(IntSupplier port, AutoCloseable closer, IntSupplier liveThreads) {
    }

    /** How much load: connection test, then message test. All counts at least 1. */
    public record Plan(int connections, int connectionConcurrency, int clients, int messagesPerClient) {
        public Plan {
            if (connections < 1 || connectionConcurrency < 1 || clients < 1 || messagesPerClient < 1) {
                throw new IllegalArgumentException("every count must be at least 1: " + this);
            }
        }
    }

    /** The default plans: a JVM per connection costs far more, so that server gets smaller counts. */
    public static Plan defaultPlan(Kind kind) {
        return kind == Kind.PROCESS_PER_CONNECTION ? new Plan(20, 4, 10, 500) : new Plan(1000, 20, 50, 1000);
    }

    /** An untimed round before the measured one, so that the measured one does not pay for JIT warm-up. */
    static Plan warmUpPlan(Kind kind) {
        return kind == Kind.PROCESS_PER_CONNECTION ? new Plan(2, 2, 2, 50) : new Plan(200, 20, 10, 200);
    }

    public record ConnectionResult(int attempted, int verified, int failed, double seconds, boolean complete) {
        public double perSecond() {
            return verified / seconds;
        }
    }

    public record MessageResult(int clients, int attempted, int verified, int failed, double seconds,
                                double medianMillis, double p99Millis, boolean complete) {
        public double perSecond() {
            return verified / seconds;
        }
    }

    /** One server's figures; {@code problem} is null when nothing went wrong. */
    public record Result(Kind kind, Plan plan, ConnectionResult connections, MessageResult messages,
                         boolean timedOut, String problem, long childProcessesLeft, int serverThreadsLeft) {
        /** Every reply came, and was right, and nothing was left behind. */
        public boolean clean() {
            return problem == null && !timedOut && childProcessesLeft == 0 && serverThreadsLeft <= 0
                    && connections.failed() == 0 && connections.verified() == plan.connections()
                    && messages.failed() == 0 && messages.verified() == plan.clients() * (plan.messagesPerClient() + 1);
        }
    }

    static final Duration TIME_LIMIT = Duration.ofSeconds(60);
    private static final int READ_TIMEOUT_MS = 20_000;   // the first reply of the process server waits for a JVM to start

    private ServerLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && !(args.length == 1 && args[0].isBlank())) {
            System.err.println("usage: ServerLoad   (no arguments; writes docs/reliability.md)");
            System.exit(2);
        }
        List<Result> results = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Result warmUp = run(kind, warmUpPlan(kind), TIME_LIMIT);
            if (!warmUp.clean()) {
                System.out.println(kind.title + ": the warm-up round was not clean: " + warmUp);
            }
            Result result = run(kind, defaultPlan(kind), TIME_LIMIT);
            System.out.printf(Locale.ROOT, "%-40s %,10.0f connections/s %,10.0f messages/s%s%n", kind.title,
                    result.connections().perSecond(), result.messages().perSecond(), result.clean() ? "" : "  NOT CLEAN");
            results.add(result);
        }
        Path page = Benchmarks.courseRoot().resolve("docs/reliability.md");
        Files.writeString(page, page(results));
        System.out.println("Written: " + page);
        if (!results.stream().allMatch(Result::clean)) {
            System.exit(1);
        }
    }

    /** Starts a server of this kind, loads it as planned within {@code limit}, closes it, counts what is left. */
    public static Result run(Kind kind, Plan plan, Duration limit) throws Exception {
        Server server = kind.start();
        return measure(kind, server, plan, limit);
    }

    static Result measure(Kind kind, Server server, Plan plan, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        Set<Socket> open = ConcurrentHashMap.newKeySet();
        String problem = null;
        ConnectionResult connections = new ConnectionResult(plan.connections(), 0, 0, Double.NaN, false);
        MessageResult messages = new MessageResult(plan.clients(), plan.clients() * (plan.messagesPerClient() + 1),
                0, 0, Double.NaN, Double.NaN, Double.NaN, false);
        boolean timedOut = false;
        try {
            int port = server.port().getAsInt();
            connections = connectionTest(port, plan, deadline, open);
            timedOut = !connections.complete();
            if (!timedOut) {
                messages = messageTest(port, plan, deadline, open);
                timedOut = !messages.complete();
            }
        } catch (Exception e) {
            problem = e.toString();
        } finally {
            open.forEach(ServerLoad::closeQuietly);     // on time-out: ends every blocked client
            server.closer().close();
        }
        long children = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count();
        return new Result(kind, plan, connections, messages, timedOut, problem, children, server.liveThreads().getAsInt());
    }

    // ---- the connection test ---------------------------------------------------------------

    static ConnectionResult connectionTest(int port, Plan plan, long deadline, Set<Socket> open) throws InterruptedException {
        AtomicInteger verified = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(plan.connections());
        long start = System.nanoTime();
        try (ExecutorService clients = Executors.newFixedThreadPool(plan.connectionConcurrency())) {
            for (int i = 0; i < plan.connections(); i++) {
                String line = "connection " + i + " says hello";
                clients.execute(() -> {
                    try {
                        if (System.nanoTime() - deadline < 0) {   // past the deadline: do not start
                            try (Client client = new Client(port, open)) {
                                (client.exchange(line) ? verified : failed).incrementAndGet();
                            }
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    } finally {
                        done.countDown();
                    }
                });
            }
            boolean finished = done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!finished) {
                clients.shutdownNow();
                open.forEach(ServerLoad::closeQuietly);
            }
            return new ConnectionResult(plan.connections(), verified.get(), failed.get(), seconds, finished);
        }
    }

    // ---- the message test ------------------------------------------------------------------

    static MessageResult messageTest(int port, Plan plan, long deadline, Set<Socket> open) throws InterruptedException {
        int k = plan.clients();
        int m = plan.messagesPerClient();
        AtomicInteger verified = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long[][] rtt = new long[k][];
        CountDownLatch ready = new CountDownLatch(k);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(k);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            int id = c;
            threads.add(Thread.ofPlatform().name("load-client-" + c).start(() -> {
                long[] times = new long[m];
                int sent = 0;
                boolean counted = false;
                try (Client client = new Client(port, open)) {
                    // One untimed exchange: the connection is served (a child JVM is up) before timing starts.
                    (client.exchange("client " + id + " is ready") ? verified : failed).incrementAndGet();
                    ready.countDown();
                    counted = true;
                    go.await();
                    for (; sent < m; sent++) {
                        long t0 = System.nanoTime();
                        boolean ok = client.exchange("client " + id + " message " + sent + " abcxyz");
                        times[sent] = System.nanoTime() - t0;
                        (ok ? verified : failed).incrementAndGet();
                    }
                } catch (IOException e) {
                    failed.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    if (!counted) {
                        ready.countDown();          // failed before it was ready: do not hold the others
                    }
                    rtt[id] = Arrays.copyOf(times, sent);
                    done.countDown();
                }
            }));
        }
        long remaining = deadline - System.nanoTime();
        ready.await(Math.max(0, remaining), TimeUnit.NANOSECONDS);
        long start = System.nanoTime();
        go.countDown();
        boolean finished = done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!finished) {
            open.forEach(ServerLoad::closeQuietly);
            threads.forEach(Thread::interrupt);
        }
        for (Thread t : threads) {
            t.join(READ_TIMEOUT_MS);
        }
        long[] all = Arrays.stream(rtt).filter(a -> a != null).flatMapToLong(Arrays::stream).sorted().toArray();
        return new MessageResult(k, k * (m + 1), verified.get(), failed.get(), seconds,
                percentile(all, 0.50), percentile(all, 0.99), finished);
    }

    /** The value at or below which {@code q} of the sorted nanosecond samples lie, in milliseconds. */
    static double percentile(long[] sortedNanos, double q) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    /** One client connection: a line out, a line back, checked. */
    static final class Client implements AutoCloseable {
        private final Socket socket = new Socket();
        private final Set<Socket> open;
        private final OutputStream out;
        private final BufferedReader in;

        Client(int port, Set<Socket> open) throws IOException {
            this.open = open;
            open.add(socket);
            try {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), READ_TIMEOUT_MS);
                socket.setSoTimeout(READ_TIMEOUT_MS);
                socket.setTcpNoDelay(true);
                out = socket.getOutputStream();
                in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        /**
         * Sends {@code line} and a newline; true when the reply is exactly {@code line} upper-cased as
         * the servers do it, Python's {@code bytes.upper()} (the lines here are ASCII). The servers
         * answer bytes, not lines: the newline comes back too, and ends the reply.
         */
        boolean exchange(String line) throws IOException {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return asciiUpper(line).equals(in.readLine());
        }

        @Override
        public void close() {
            open.remove(socket);
            closeQuietly(socket);
        }
    }

    /** Python's {@code bytes.upper()} on ASCII text: a-z to A-Z, nothing else changes. */
    static String asciiUpper(String text) {
        StringBuilder upper = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            upper.append(c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c);
        }
        return upper.toString();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all we wanted
        }
    }

    // ---- the page --------------------------------------------------------------------------

    static String page(List<Result> results) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("""
                # Reliability: the servers under load

                <!-- Generated by course.bench.ServerLoad: do not edit by hand; rerun the command below. -->

                Every figure on this page comes from one run of

                ```sh
                ./mvnw -q -Pload -pl docs -am verify -DskipTests
                ```

                on the machine described below, which may have been busy with other work at the time: read the
                figures as orders of magnitude, not as a ranking to two digits. The harness is
                [`ServerLoad`](src/main/java/course/bench/ServerLoad.java); its own test,
                [`ServerLoadTest`](src/test/java/course/bench/ServerLoadTest.java), runs it with tiny counts in
                every course check.

                ## What is measured

                Each server is started in the harness's JVM on a free port of 127.0.0.1 (loopback only), and
                clients on the same machine talk to it in lines (the servers answer whatever bytes arrive, as
                the original does, so the newline comes back too and ends each reply). **Every reply is
                checked**: it must be exactly the line sent, upper-cased as Python's `bytes.upper()` does it; a
                wrong or missing reply counts as failed, never as done.

                - **Connections**: a fixed number of clients, a fixed number at a time, each connects, sends one
                  line, checks the reply and closes. Connections per second = checked replies / wall time.
                - **Messages**: a fixed number of clients connect and each exchanges one untimed line (so every
                  connection is being served, for the process server by its own child JVM); then all start at
                  once and each sends its lines one at a time, waiting for each reply. Messages per second =
                  checked timed replies / wall time of the timed part; the round-trip time (RTT) is measured for
                  every message. The verified count includes the untimed first line of each client.
                - **Afterwards** the server is closed and the harness counts its own child processes still alive
                  and, for the thread servers, the server's threads still alive: both must be 0.

                Before the measured round, each server gets a short untimed round of the same kind against a
                server of its own (so that the measured round does not pay for compiling the harness and
                the server code).

                Each server has a hard limit of %d s for both tests together; a run past it is stopped (its
                client sockets closed) and reported as timed out. The process-per-connection server starts a
                JVM for every connection, so it gets **smaller counts** (see the tables): its figures measure
                the cost of a JVM per client, which is the point of comparing it. It also serves at most %d
                connections at once (`UpperCaseServer.MAX_WORKERS`; the next wait in the listen queue), and
                its plan stays within that many clients at a time.

                """.formatted(TIME_LIMIT.toSeconds(), UpperCaseServer.MAX_WORKERS));
        md.append("## Machine\n\n| | |\n|---|---|\n");
        md.append("| date | ").append(LocalDate.now()).append(" |\n");
        md.append("| cores (`availableProcessors`) | ").append(Runtime.getRuntime().availableProcessors()).append(" |\n");
        md.append("| CPU | ").append(procField("/proc/cpuinfo", "model name")).append(" |\n");
        md.append("| OS | ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append(" |\n");
        md.append("| JDK | ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(" |\n\n");

        md.append("## The servers\n\n");
        for (Result r : results) {
            md.append("- **").append(r.kind().title).append("**: [`").append(r.kind().className)
                    .append("`](").append(r.kind().source).append(")");
            if (r.kind().handling != null) {
                md.append(" with `").append(r.kind().handling).append('`');
            }
            md.append('\n');
        }
        md.append('\n');

        md.append("## Connections per second\n\n");
        md.append("| server | connections | at a time | verified | failed | wall time (s) | connections/s |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            ConnectionResult c = r.connections();
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.2f | %s |%n", r.kind().title,
                    c.attempted(), r.plan().connectionConcurrency(), c.verified(), c.failed(), c.seconds(),
                    rate(c.perSecond())));
        }
        md.append("\n## Messages per second and round-trip time\n\n");
        md.append("| server | clients × lines | verified | failed | wall time (s) | messages/s | median RTT (ms) | p99 RTT (ms) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            MessageResult m = r.messages();
            md.append(String.format(Locale.ROOT, "| %s | %d × %d (+1 untimed) | %d of %d | %d | %.2f | %s | %.3f | %.3f |%n",
                    r.kind().title, m.clients(), r.plan().messagesPerClient(), m.verified(), m.attempted(), m.failed(),
                    m.seconds(), rate(m.perSecond()), m.medianMillis(), m.p99Millis()));
        }
        md.append("\n## After close\n\n");
        md.append("| server | timed out | error | child processes left | server threads left |\n");
        md.append("|---|---|---|---:|---:|\n");
        for (Result r : results) {
            md.append("| ").append(r.kind().title).append(" | ").append(r.timedOut() ? "**yes**" : "no").append(" | ")
                    .append(r.problem() == null ? "none" : "`" + r.problem().replace("|", "/") + "`").append(" | ")
                    .append(r.childProcessesLeft()).append(" | ")
                    .append(r.serverThreadsLeft() < 0 ? "— (not tracked)" : String.valueOf(r.serverThreadsLeft()))
                    .append(" |\n");
        }
        md.append('\n').append(results.stream().allMatch(Result::clean)
                ? "Every reply of this run was verified, no test timed out, and nothing was left running.\n"
                : "**This run was not clean**: see the failed counts and the table above.\n");
        return md.toString();
    }

    private static String rate(double perSecond) {
        return Double.isNaN(perSecond) ? "—" : String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    private static String procField(String file, String key) throws IOException {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            return "unknown (no " + file + ")";
        }
        return Files.readAllLines(path).stream().filter(l -> l.startsWith(key)).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
    }
}

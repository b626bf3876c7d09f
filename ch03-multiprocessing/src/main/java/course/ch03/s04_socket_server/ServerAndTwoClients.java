package course.ch03.s04_socket_server;

import course.kit.Usage;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * §3.4 Concurrent socket server (并发的套接字通信) — server and clients in one run: two clients at
 * once, each served by its own child JVM, then the server closes and no child is left.
 *
 * <p><b>The Python original</b> runs the server in one terminal and clients in others; see
 * {@link UpperCaseServer} and {@link UpperCaseClient} for that. This demo starts the server on a
 * free port of 127.0.0.1 and talks to it from two threads.
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch03-multiprocessing compile exec:exec -Dsection=3.4}
 *
 * <p><b>Expected</b> (one run; ports and pids vary, and the server's log lines interleave differently
 * each time; the client lines and the last line are always there):
 * <pre>
 * server listening on 127.0.0.1:42773
 * conn-1: /127.0.0.1:42718 connected, child pid 19160
 * conn-2: /127.0.0.1:42734 connected, child pid 19145
 * [conn-1] serving /127.0.0.1:42718 in pid 19160
 * [conn-1] /127.0.0.1:42718 has gone
 * conn-1: closed
 * [conn-2] serving /127.0.0.1:42734 in pid 19145
 * client A sent [hello, how are you] and got [HELLO, HOW ARE YOU]
 * client B sent [python, 多进程 and java] and got [PYTHON, 多进程 AND JAVA]
 * [conn-2] /127.0.0.1:42734 has gone
 * conn-2: closed
 * server closed; child processes still running: 0
 * </pre>
 */
public final class ServerAndTwoClients {

    private ServerAndTwoClients() {
    }

    public static void main(String[] args) throws Exception {
        Usage.noArguments(args, ServerAndTwoClients.class);
        List<String> a = List.of("hello", "how are you");
        List<String> b = List.of("python", "多进程 and java");
        try (UpperCaseServer server = UpperCaseServer.start(0, System.out)) {
            System.out.println("server listening on 127.0.0.1:" + server.port());
            try (ExecutorService clients = Executors.newFixedThreadPool(2)) {
                Future<List<String>> repliesA = clients.submit(() -> UpperCaseClient.talk(server.port(), a));
                Future<List<String>> repliesB = clients.submit(() -> UpperCaseClient.talk(server.port(), b));
                System.out.println("client A sent " + a + " and got " + repliesA.get());
                System.out.println("client B sent " + b + " and got " + repliesB.get());
            }
        }
        // close() returned only after every connection's child JVM had ended.
        System.out.println("server closed; child processes still running: "
                + ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count());
    }
}

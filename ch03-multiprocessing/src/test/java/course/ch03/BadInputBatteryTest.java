package course.ch03;

import course.ch03.exercises.EchoWorker;
import course.ch03.s02_process.ProcessApiTour;
import course.ch03.s03_using.Greeter;
import course.ch03.s04_socket_server.UpperCaseClient;
import course.ch03.s04_socket_server.UpperCaseServer;
import course.ch03.s04_socket_server.UpperCaseWorker;
import course.ch03.s07_methods.TerminateOrKill;
import course.ch03.s08_daemon.DaemonChild;
import course.ch03.s08_daemon.DaemonParent;
import course.ch03.s11_mutex.Announcer;
import course.kit.Chapter;
import course.kit.test.BadInputBattery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Chapter 3's bad-input battery: the rules are the kit's ({@link BadInputBattery}); the exemptions are these. */
@DisplayName("Chapter 3 bad-input battery: every main, given wrong arguments or bad stdin, ends cleanly")
class BadInputBatteryTest extends BadInputBattery {

    private UpperCaseServer testServer;

    @BeforeAll
    void startTestServer() throws IOException {
        testServer = UpperCaseServer.start(0, new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterAll
    void stopTestServer() {
        testServer.close();
    }

    @Override
    protected Chapter chapter() {
        return Chapter03.CHAPTER;
    }

    @Override
    protected Map<Class<?>, Exemption> exemptions() {
        return Map.of(
                UpperCaseServer.class, Exemption.runsUntilStopped("a server"),
                TerminateOrKill.WithHook.class, Exemption.runsUntilStopped(
                        "the child that TerminateOrKill stops: it sleeps ten minutes"),
                DaemonChild.class, Exemption.runsUntilStopped(
                        "a daemon child: it sleeps ten minutes, its parent's end ends it"),
                DaemonParent.class, Exemption.runsUntilStopped("waits ten minutes to be killed with its daemon child"),
                ProcessApiTour.Fails.class, Exemption.showsAStackTrace(
                        "its lesson is an uncaught exception: the JVM prints the trace, exit code 1"),
                UpperCaseWorker.class, Exemption.echoesItsInput("the §3.4 server's child: it sends back what it reads"),
                EchoWorker.class, Exemption.echoesItsInput("the EchoServer exercise's child: it sends back what it reads"));
    }

    /** Mains for which "--no-such-option" is a valid argument: a command line that really is wrong. */
    @Override
    protected Map<Class<?>, List<List<String>>> wrongArguments() {
        return Map.of(
                Greeter.class, List.of(List.of("Yim", "1", "too-many")),              // any name is a name
                UpperCaseWorker.class, List.of(List.of("/127.0.0.1:5000", "too-many")), // any client address is one
                Announcer.class, List.of(List.of("lock-file", "too-many")));           // any path is a lock file
    }

    /** No run binds or talks to the fixed default port: the server gets port 0, the client this test's server. */
    @Override
    protected Map<Class<?>, Supplier<List<String>>> argumentsInsteadOfNone() {
        return Map.of(
                UpperCaseServer.class, () -> List.of("0"),
                UpperCaseClient.class, () -> List.of(String.valueOf(testServer.port())));
    }
}

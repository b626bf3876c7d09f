package course.ch03.process;

import course.ch03.s02_process.ProcessApiTour;
import course.ch03.s02_process.Sleeper;
import course.ch03.s03_using.Greeter;
import course.ch03.s04_socket_server.UpperCaseWorker;
import course.ch03.s07_methods.TerminateOrKill;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("§3.2 JavaProcess: Python's Process on a child JVM")
@Timeout(30)
class JavaProcessTest {

    /** A child that counts its arguments, reports a static, and prints to both streams. */
    public static final class Reporter {
        static int touched = 0;

        private Reporter() {
        }

        public static void main(String[] args) {
            System.out.println("args=" + List.of(args) + " name=" + JavaProcess.currentName() + " touched=" + touched);
            System.err.println("to stderr");
        }
    }

    /** A subclass whose run() executes in the child. */
    public static final class Echoes extends JavaProcess {
        static int touched = 0;

        public Echoes() {
        }

        Echoes(String name, List<String> args) {
            super(name, args);
        }

        @Override
        public void run() {
            System.out.println(name() + " got " + args() + " in pid " + ProcessHandle.current().pid() + ", touched=" + touched);
        }
    }

    /** Has no no-argument constructor: the child could not rebuild it. */
    public static final class NoDefaultConstructor extends JavaProcess {
        NoDefaultConstructor(String name) {
            super(name);
        }
    }

    /** Starts a child whose output is inherited: its line lands in this JVM's stdout. */
    public static final class InheritingParent {
        private InheritingParent() {
        }

        public static void main(String[] args) throws Exception {
            JavaProcess child = new JavaProcess(Greeter.class, "inherited").inheritIO();
            child.start();
            child.join();
            System.out.println("collected: [" + child.output() + "]");
        }
    }

    @Test
    @DisplayName("the target form runs main(args) in a child JVM; output, name and exit code come back; its pipes stay ours")
    void targetForm() throws Exception {
        Reporter.touched = 42;
        JavaProcess p = new JavaProcess(Reporter.class, List.of("a b", "c"), "reporter");
        p.start();
        assertThat(p.pid()).isNotEqualTo(ProcessHandle.current().pid());
        p.join();
        assertThat(p.output()).isEqualTo("args=[a b, c] name=reporter touched=0\n");
        assertThat(p.errorOutput()).isEqualTo("to stderr\n");
        assertThat(p.exitCode()).hasValue(0);
        assertThat(p.isAlive()).isFalse();
        assertThat(p.name()).isEqualTo("reporter");
        assertThatThrownBy(p::stdin).as("stdin without pipeIO()")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("pipeIO");
    }

    @Test
    @DisplayName("without a name a process is called JavaProcess-N, like Python's Process-N")
    void defaultName() {
        assertThat(new JavaProcess(Greeter.class, "x").name()).matches("JavaProcess-\\d+");
    }

    @Test
    @DisplayName("a subclass's run() runs in the child, with its name and arguments, and fresh statics")
    void subclassForm() throws Exception {
        Echoes.touched = 7;
        JavaProcess p = new Echoes("echo", List.of("1", "2"));
        p.start();
        p.join();
        assertThat(p.output()).isEqualTo("echo got [1, 2] in pid " + p.pid() + ", touched=0\n");
        assertThat(p.exitCode()).hasValue(0);
    }

    @Test
    @DisplayName("classes the child could not start are rejected at once with a clear message")
    void rejectsWhatTheChildCannotRun() {
        assertThatThrownBy(() -> new NoDefaultConstructor("x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-argument constructor");
        assertThatThrownBy(() -> new JavaProcess(String.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no public static void main");
        assertThatThrownBy(() -> new JavaProcess(null, List.of(), "x")).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("before start: not alive, no exit code, no pid; join and terminate are errors")
    void beforeStart() {
        JavaProcess p = new JavaProcess(Greeter.class, "x");
        assertThat(p.isAlive()).isFalse();
        assertThat(p.exitCode()).isEmpty();
        assertThatThrownBy(p::pid).isInstanceOf(IllegalStateException.class).hasMessageContaining("not started");
        assertThatThrownBy(p::join).isInstanceOf(IllegalStateException.class).hasMessage("can only join a started process");
        assertThatThrownBy(p::terminate).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("a process starts once; daemon can only be set before start")
    void startsOnce() throws Exception {
        JavaProcess p = new JavaProcess(Greeter.class, "once");
        p.start();
        assertThatThrownBy(p::start).isInstanceOf(IllegalStateException.class).hasMessage("cannot start a process twice");
        assertThatThrownBy(() -> p.setDaemon(true)).isInstanceOf(IllegalStateException.class).hasMessage("process has already started");
        p.join();
        assertThat(p.output()).isEqualTo("My name is once\n");
    }

    @Test
    @DisplayName("exit code: empty while running, false from a short join; -15 after terminate(), -9 after kill()")
    void exitCodesOfStoppedChildren() throws Exception {
        // SIGTERM must reach a JVM that is up: one stopped while starting may end with exit code 1.
        JavaProcess terminated = new JavaProcess(Sleeper.class, "600");
        JavaProcess killed = new JavaProcess(Sleeper.class, "600");
        terminated.start();
        killed.start();
        assertThat(terminated.exitCode()).isEmpty();
        assertThat(terminated.awaitFirstLine(Duration.ofSeconds(20))).as("the sleeper started").isTrue();
        assertThat(terminated.join(Duration.ofMillis(10))).isFalse();
        assertThat(terminated.isAlive()).isTrue();
        terminated.terminate();
        killed.kill();
        assertThat(terminated.join(Duration.ofSeconds(20))).isTrue();
        assertThat(killed.join(Duration.ofSeconds(20))).isTrue();
        assertThat(terminated.exitCode()).hasValue(-15);
        assertThat(killed.exitCode()).hasValue(-9);
    }

    @Test
    @DisplayName("a child killed by someone else shows what Java reports: 128 + 9 = 137")
    void killedBySomeoneElse() throws Exception {
        JavaProcess p = new JavaProcess(Sleeper.class, "600");
        p.start();
        ProcessHandle.of(p.pid()).orElseThrow().destroyForcibly();
        p.join();
        assertThat(p.exitCode()).hasValue(137);
    }

    @Test
    @DisplayName("an exception in the child: exit code 1 and the stack trace on its stderr")
    void failingChild() throws Exception {
        JavaProcess p = new JavaProcess(ProcessApiTour.Fails.class);
        p.start();
        p.join();
        assertThat(p.exitCode()).hasValue(1);
        assertThat(p.errorOutput()).startsWith("Exception in thread \"main\" java.lang.IllegalStateException: no config file");
    }

    @Test
    @DisplayName("terminate() keeps reading: what the child's shutdown hook prints arrives")
    void terminateKeepsTheLastWords() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        List<String> lines = new CopyOnWriteArrayList<>();
        JavaProcess p = new JavaProcess(TerminateOrKill.WithHook.class).forwardOutput(line -> {
            lines.add(line);
            running.countDown();
        }, line -> { });
        p.start();
        assertThat(running.await(20, TimeUnit.SECONDS)).as("the child said it is running").isTrue();
        p.terminate();
        p.join();
        assertThat(lines).last().isEqualTo("child: shutdown hook runs");
        assertThat(p.exitCode()).hasValue(-15);
    }

    @Test
    @DisplayName("forwarded lines: as they are, or tagged with the child's name")
    void forwarding() throws Exception {
        List<String> out = new CopyOnWriteArrayList<>();
        List<String> err = new CopyOnWriteArrayList<>();
        JavaProcess plain = new JavaProcess(Reporter.class, List.of("x"), "plain").forwardOutput(out::add, err::add);
        var tagged = new java.io.ByteArrayOutputStream();
        JavaProcess named = new JavaProcess(Reporter.class, List.of("y"), "named")
                .forwardOutputWithName(new java.io.PrintStream(tagged, true, StandardCharsets.UTF_8));
        plain.start();
        named.start();
        plain.join();
        named.join();
        assertThat(out).containsExactly("args=[x] name=plain touched=0");
        assertThat(err).containsExactly("to stderr");
        assertThat(tagged.toString(StandardCharsets.UTF_8).lines())
                .containsExactlyInAnyOrder("[named] args=[y] name=named touched=0", "[named] to stderr");
        assertThat(named.output()).as("forwarded output is kept too").contains("name=named");
    }

    @Test
    @DisplayName("pipeIO hands over the child's stdin and stdout")
    void pipes() throws Exception {
        JavaProcess worker = new JavaProcess(UpperCaseWorker.class, "test").pipeIO();
        worker.start();
        worker.stdin().write("abc\n".getBytes(StandardCharsets.UTF_8));
        worker.stdin().close();
        assertThat(new String(worker.stdout().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("ABC\n");
        worker.join();
        assertThat(worker.exitCode()).hasValue(0);
        assertThat(worker.errorOutput()).contains("serving test");
    }

    @Test
    @DisplayName("inheritIO: the child writes straight to the parent's stdout (checked in a fresh parent JVM)")
    void inheritIO() throws Exception {
        var result = DemoRunner.runInNewJvm(InheritingParent.class, "");
        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).containsExactly("My name is inherited", "collected: []");
    }

    @Test
    @DisplayName("a daemon process may not start a child: Python's message")
    void daemonMayNotHaveChildren() {
        String old = System.getProperty(JavaProcess.DAEMON_PARENT_PROPERTY);
        System.setProperty(JavaProcess.DAEMON_PARENT_PROPERTY, "1");
        try {
            assertThatThrownBy(() -> new JavaProcess(Greeter.class, "x").start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("daemonic processes are not allowed to have children");
        } finally {
            if (old == null) {
                System.clearProperty(JavaProcess.DAEMON_PARENT_PROPERTY);
            } else {
                System.setProperty(JavaProcess.DAEMON_PARENT_PROPERTY, old);
            }
        }
    }

    @Test
    @DisplayName("the command line passes the name, and the parent's pid only to a daemon")
    void commandLine() {
        String me = "-D" + JavaProcess.DAEMON_PARENT_PROPERTY + "=" + ProcessHandle.current().pid();
        assertThat(new JavaProcess(Greeter.class, List.of("x"), "n").command())
                .contains("-D" + JavaProcess.NAME_PROPERTY + "=n").doesNotContain(me)
                .endsWith(ChildMain.class.getName(), "main", Greeter.class.getName(), "x");
        assertThat(new JavaProcess(Greeter.class, "x").setDaemon(true).command()).contains(me);
    }

    @Test
    @DisplayName("run() called directly runs main in this JVM, as p.run() does in Python")
    void runInThisJvm() throws Throwable {
        var result = DemoRunner.run(RunsHere.class, "");
        assertThat(result.out()).isEqualTo("args=[here] name=MainProcess touched=0\n");
    }

    /** Calls run() of a target-form process itself. */
    public static final class RunsHere {
        private RunsHere() {
        }

        public static void main(String[] args) {
            Reporter.touched = 0;
            new JavaProcess(Reporter.class, "here").run();
        }
    }
}

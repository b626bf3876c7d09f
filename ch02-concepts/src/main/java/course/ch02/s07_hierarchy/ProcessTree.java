package course.ch02.s07_hierarchy;

import course.kit.ChildJvm;
import course.kit.Usage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * §2.7 Process hierarchy (进程的层次结构) — children and grandchildren, printed like {@code pstree}.
 *
 * <p><b>The Python original</b> explains that on UNIX every process has exactly one parent, so all
 * processes form one tree rooted at {@code init}; a process and its descendants form a process
 * group, and a signal from the keyboard (Ctrl-C) goes to the whole group. Windows has no such
 * hierarchy: a parent receives a handle to its child, and may even hand it to another process.
 *
 * <p><b>In Java</b> {@link ProcessHandle} shows the tree: {@code children()}, {@code descendants()} and
 * {@code parent()} (on Windows, {@code parent()} is only the recorded id of the creator).
 *
 * <p><b>Run:</b> {@code ./mvnw -q -pl ch02-concepts compile exec:exec -Dsection=2.7}
 *
 * <p><b>Expected</b> (the pids are new every run, and the chain above this JVM is whatever started
 * it: here Maven, a shell and so on up to the root, pid 1):
 * <pre>
 * java(5924) this JVM
 * ├─ java(5962) Branch 0
 * └─ java(5966) Branch 2
 *    ├─ java(5990) Branch 0
 *    └─ java(5996) Branch 0
 * descendants(): 4 processes, 2 of them children
 * parent() upwards from grandchild 5990: 5990 → 5966 → 5924 → 5498 → 5497 → 27916 → 27915 → 18984 → 18972 → 1
 * after closing the children's input: 0 descendants left
 * </pre>
 */
public final class ProcessTree {

    public static void main(String[] args) throws IOException, InterruptedException {
        Usage.noArguments(args, ProcessTree.class);
        // Two children: one without children of its own, one with two.
        List<Process> children = new ArrayList<>();
        try {
            for (String grandchildren : List.of("0", "2")) {
                children.add(ChildJvm.builder(Branch.class, grandchildren).redirectErrorStream(true).start());
            }
            for (Process child : children) {
                // "ready" comes only once the child's own children are up: the tree is complete.
                String first = child.inputReader().readLine();
                if (!"ready".equals(first)) {
                    System.out.println("a branch did not start: " + first);
                    return;
                }
            }

            ProcessHandle me = ProcessHandle.current();
            print(me, "", "", true);
            List<ProcessHandle> descendants = me.descendants().toList();
            System.out.println("descendants(): " + descendants.size() + " processes, "
                    + me.children().count() + " of them children");

            ProcessHandle grandchild = children.getLast().toHandle().children()
                    .min(Comparator.comparingLong(ProcessHandle::pid)).orElseThrow();
            List<String> chain = new ArrayList<>();
            for (ProcessHandle p = grandchild; p != null; p = p.parent().orElse(null)) {
                chain.add(String.valueOf(p.pid()));
            }
            System.out.println("parent() upwards from grandchild " + grandchild.pid() + ": " + String.join(" → ", chain));
        } finally {
            for (Process child : children) {
                child.getOutputStream().close();    // each branch closes its children, waits, ends
            }
            for (Process child : children) {
                child.waitFor();
            }
        }
        System.out.println("after closing the children's input: "
                + ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count() + " descendants left");
    }

    /** Prints {@code process} and, below it, its children, with pstree's lines. */
    static void print(ProcessHandle process, String indent, String branch, boolean root) {
        System.out.println(indent + branch + "java(" + process.pid() + ") " + (root ? "this JVM" : label(process)));
        List<ProcessHandle> children = process.children()
                .sorted(Comparator.comparing(ProcessTree::label).thenComparingLong(ProcessHandle::pid))
                .toList();
        String childIndent = root ? "" : indent + (branch.startsWith("└") ? "   " : "│  ");
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            print(children.get(i), childIndent, last ? "└─ " : "├─ ", false);
        }
    }

    /** The main class (simple name) and its arguments, from the process's command line. */
    static String label(ProcessHandle process) {
        String[] arguments = process.info().arguments().orElse(new String[0]);
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i].startsWith("course.")) {
                String simpleName = arguments[i].substring(arguments[i].lastIndexOf('.') + 1);
                List<String> rest = Arrays.asList(arguments).subList(i + 1, arguments.length);
                return rest.isEmpty() ? simpleName : simpleName + " " + String.join(" ", rest);
            }
        }
        return process.info().command().orElse("(command line not visible)");
    }
}

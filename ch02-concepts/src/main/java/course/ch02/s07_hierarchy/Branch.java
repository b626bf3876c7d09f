package course.ch02.s07_hierarchy;

import course.kit.ChildJvm;
import course.kit.Usage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * §2.7 Process hierarchy (进程的层次结构) — one node of the process tree that
 * {@link ProcessTree} grows: {@code Branch N} starts N children ({@code Branch 0} each), prints
 * {@code ready} once they are all ready, and ends when its standard input closes — after
 * closing its children's input and waiting for them, so that no process is left behind.
 * If its parent dies, its input closes too, and the whole branch folds up. What it reads from
 * its input is thrown away, one byte at a time, so any input only keeps it waiting for the end.
 * Without exactly one N from 0 to 5 it prints a {@code usage:} line and exits with code 2.
 */
public final class Branch {

    public static void main(String[] args) throws IOException, InterruptedException {
        int count;
        try {
            count = Integer.parseInt(args.length == 1 ? args[0] : "");
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 0 || count > 5) {
            Usage.exit("usage: Branch N   (N = number of children, 0 to 5)");
            return;
        }

        List<Process> children = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                children.add(ChildJvm.builder(Branch.class, "0").redirectErrorStream(true).start());
            }
            for (Process child : children) {
                String first = child.inputReader().readLine();
                if (!"ready".equals(first)) {
                    System.out.println("child " + child.pid() + " did not start: " + first);
                    return;
                }
            }
            System.out.println("ready");
            while (System.in.read() != -1) {
                // wait for the parent to close our input (or to die)
            }
        } finally {
            for (Process child : children) {
                child.getOutputStream().close();    // tells the child to fold up its own branch
            }
            for (Process child : children) {
                child.waitFor();
            }
        }
    }
}

package course.bench;

/** The trivial child program whose start + join the benchmark times: it does nothing. */
public final class Noop {

    private Noop() {
    }

    public static void main(String[] args) {
        // Intentionally empty: what is measured is the cost of a JVM starting and ending.
    }
}

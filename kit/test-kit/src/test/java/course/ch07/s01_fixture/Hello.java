package course.ch07.s01_fixture;

/** The made-up chapter's one demo: prints its arguments. */
public final class Hello {

    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("hello " + String.join(" ", args));
    }
}

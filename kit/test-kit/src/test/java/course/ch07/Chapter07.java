package course.ch07;

import course.ch07.s01_fixture.Hello;
import course.kit.Chapter;
import course.kit.Demo;
import course.kit.Launcher;
import course.kit.Section;

/** A made-up chapter for the launcher's tests (the course has no chapter 7). */
public final class Chapter07 {

    public static final Chapter CHAPTER = Chapter.of(7, "ch07-fixture", "Fixture", "样例",
            Section.of("7.1", "Hello", "你好", Demo.of(Hello.class), Demo.of(Hello.class, "again")));

    private Chapter07() {
    }

    public static void main(String[] args) throws Throwable {
        Launcher.run(CHAPTER, args);
    }
}

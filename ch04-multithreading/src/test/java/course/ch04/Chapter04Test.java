package course.ch04;

import course.kit.Chapter;
import course.kit.test.ChapterContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Chapter 4 catalogue and launcher")
class Chapter04Test implements ChapterContract {

    @Override
    public Chapter chapter() {
        return Chapter04.CHAPTER;
    }
}

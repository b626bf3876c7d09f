package course.ch03;

import course.kit.Chapter;
import course.kit.test.ChapterContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Chapter 3 catalogue and launcher")
class Chapter03Test implements ChapterContract {

    @Override
    public Chapter chapter() {
        return Chapter03.CHAPTER;
    }
}

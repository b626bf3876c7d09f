package course.ch02;

import course.kit.Chapter;
import course.kit.test.ChapterContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Chapter 2 catalogue and launcher")
class Chapter02Test implements ChapterContract {

    @Override
    public Chapter chapter() {
        return Chapter02.CHAPTER;
    }
}

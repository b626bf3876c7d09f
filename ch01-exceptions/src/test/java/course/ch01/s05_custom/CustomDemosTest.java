package course.ch01.s05_custom;

import course.kit.test.DemoHeader;
import course.kit.test.DemoRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("§1.5 Custom exceptions (自定义异常) demo")
class CustomDemosTest {

    @Test
    @DisplayName("CustomExceptions: own checked and unchecked types carry message, cause and fields; Throwable and Error subclasses escape catch (Exception e)")
    void customExceptions() throws Throwable {
        assertThat(DemoRunner.run(CustomExceptions.class, "").lines())
                .containsExactlyElementsOf(DemoHeader.of(CustomExceptions.class).expected());
    }

    @Test
    @DisplayName("the demo's own exception types sit where the text says: checked, unchecked, and outside Exception")
    void hierarchy() {
        assertThat(Exception.class).isAssignableFrom(CustomExceptions.MyError.class);
        assertThat(RuntimeException.class.isAssignableFrom(CustomExceptions.OrderRejectedException.class)).isFalse();
        assertThat(RuntimeException.class).isAssignableFrom(CustomExceptions.InvalidQuantityException.class);
        assertThat(Exception.class.isAssignableFrom(CustomExceptions.ExtendsThrowable.class)).isFalse();
        assertThat(Exception.class.isAssignableFrom(CustomExceptions.ExtendsError.class)).isFalse();
    }
}

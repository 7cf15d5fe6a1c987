package dev.sandboxtests.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;

class ConfigurationAnnotationsTest {

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
    @interface ProviderConfig {
        String value();
    }

    /** A composed annotation, as a team would write to share one configuration across test classes. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @ProviderConfig("composed")
    @interface ShopSandbox {
    }

    /** Composed twice over. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @ShopSandbox
    @interface CheckoutSandbox {
    }

    @ProviderConfig("direct")
    static class Direct {
    }

    @ShopSandbox
    static class Composed {
    }

    @CheckoutSandbox
    static class ComposedTwice {
    }

    static class Subclass extends Direct {
    }

    @ProviderConfig("own")
    static class Overriding extends Direct {
    }

    @ProviderConfig("outer")
    static class Outer {
        class Nested {
        }
    }

    static class Plain {
    }

    @Test
    void findsTheAnnotationOnTheClass() {
        assertThat(find(Direct.class)).isEqualTo("direct");
    }

    @Test
    void findsItOnComposedAnnotationsAtAnyDepth() {
        assertThat(find(Composed.class)).isEqualTo("composed");
        assertThat(find(ComposedTwice.class)).isEqualTo("composed");
    }

    @Test
    void findsItOnASuperclassUnlessTheClassHasItsOwn() {
        assertThat(find(Subclass.class)).isEqualTo("direct");
        assertThat(find(Overriding.class)).isEqualTo("own");
    }

    @Test
    void findsItOnTheEnclosingClassOfANestedClass() {
        assertThat(find(Outer.Nested.class)).isEqualTo("outer");
    }

    @Test
    void isEmptyWhenNoClassCarriesIt() {
        assertThat(ConfigurationAnnotations.find(Plain.class, ProviderConfig.class)).isEmpty();
    }

    private static String find(Class<?> type) {
        return ConfigurationAnnotations.find(type, ProviderConfig.class).orElseThrow().value();
    }
}

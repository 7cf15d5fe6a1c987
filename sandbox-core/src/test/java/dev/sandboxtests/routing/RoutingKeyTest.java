package dev.sandboxtests.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutingKeyTest {

    @Test
    void randomKeysAreSixteenLowercaseAlphanumericCharacters() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(RoutingKey.random().value()).matches("[a-z0-9]{16}");
        }
    }

    @Test
    void randomKeysDoNotCollide() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(RoutingKey.random().value());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void randomKeysUseTheWholeAlphabet() {
        // A generator stuck on a few characters would still pass the format check above.
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            for (char c : RoutingKey.random().value().toCharArray()) {
                used.add(c);
            }
        }
        assertThat(used).hasSize(36);
    }

    @Test
    void aRandomKeyParsesBackToAnEqualKey() {
        RoutingKey key = RoutingKey.random();

        RoutingKey parsed = RoutingKey.parse(key.value());

        assertThat(parsed).isEqualTo(key).hasSameHashCodeAs(key);
        assertThat(parsed.toString()).isEqualTo(key.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "0", "abc123", "k3v9x0q2m8a7c1zt"})
    void acceptsLowercaseLettersAndDigits(String value) {
        assertThat(RoutingKey.parse(value).value()).isEqualTo(value);
    }

    @Test
    void acceptsTheMaximumLength() {
        String longest = "a".repeat(RoutingKey.MAX_LENGTH);

        assertThat(RoutingKey.parse(longest).value()).hasSize(63);
    }

    @Test
    void rejectsNullAndEmpty() {
        assertThatThrownBy(() -> RoutingKey.parse(""))
                .isInstanceOf(InvalidRoutingKeyException.class)
                .hasMessage("A routing key must not be empty.");
        assertThatThrownBy(() -> RoutingKey.parse(null))
                .isInstanceOf(InvalidRoutingKeyException.class)
                .hasMessageContaining("must not be empty");
    }

    @Test
    void rejectsAnOverLongKeySayingTheLimitAndTheLength() {
        String tooLong = "b".repeat(64);

        assertThatThrownBy(() -> RoutingKey.parse(tooLong))
                .isInstanceOf(InvalidRoutingKeyException.class)
                .hasMessageContaining("at most 63 characters")
                .hasMessageContaining("got 64 characters");
    }

    @Test
    void rejectsCarriageReturnAndLineFeedWithoutPrintingThem() {
        // A key with CR/LF would let a caller inject headers; the message must name them but not contain them.
        assertThatThrownBy(() -> RoutingKey.parse("abc\r\nx-admin: true"))
                .isInstanceOf(InvalidRoutingKeyException.class)
                .hasMessageContaining("CR")
                .hasMessageContaining("index 3")
                .message().doesNotContain("\r", "\n");
        assertThatThrownBy(() -> RoutingKey.parse("abc\nx"))
                .isInstanceOf(InvalidRoutingKeyException.class)
                .hasMessageContaining("LF")
                .message().doesNotContain("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab,c", "ab;c", "ab=c", "ab c", "ab-c", "ab_c", "ab.c", "ab\"c", "ab%2c", "abé"})
    void rejectsSeparatorsAndOtherCharacters(String value) {
        assertThatThrownBy(() -> RoutingKey.parse(value))
                .isInstanceOf(InvalidRoutingKeyException.class)
                .hasMessageContaining("Invalid routing key")
                .hasMessageContaining("index 2")
                .hasMessageContaining("only lowercase letters a-z and digits 0-9");
    }

    @Test
    void namesTheOffendingCharacter() {
        assertThatThrownBy(() -> RoutingKey.parse("ab,c"))
                .hasMessageContaining("character ',' at index 2");
        assertThatThrownBy(() -> RoutingKey.parse("ab c"))
                .hasMessageContaining("character U+0020 at index 2");
    }

    @Test
    void rejectsUppercase() {
        assertThatThrownBy(() -> RoutingKey.parse("abcDef"))
                .isInstanceOf(InvalidRoutingKeyException.class)
                .hasMessageContaining("'abcDef'")
                .hasMessageContaining("character 'D' at index 3");
    }

    @Test
    void isAnIllegalArgumentException() {
        assertThatThrownBy(() -> RoutingKey.parse("A")).isInstanceOf(IllegalArgumentException.class);
    }
}

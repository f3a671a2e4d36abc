package org.openintl.student.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** AES-GCM sealing: round trip, binding to its context, rotation, tampering. */
class FieldCipherUnitTest {

    static final byte[] K1 = key();
    static final byte[] K2 = key();
    static final String CONTEXT = "student/1/personal";

    @Test
    void sealedValuesOpenToTheOriginalText() {
        FieldCipher cipher = new FieldCipher(Map.of("k1", K1), "k1");
        String text = "{\"passportNumber\":\"M12345678\",\"name\":\"김민지 金敏智\"}";
        Sealed sealed = cipher.seal(text, CONTEXT);
        assertThat(sealed.keyId()).isEqualTo("k1");
        assertThat(sealed.data()).doesNotContain("M12345678");
        assertThat(new String(Base64.getDecoder().decode(sealed.data()))).doesNotContain("M12345678");
        assertThat(cipher.open(sealed, CONTEXT)).isEqualTo(text);
    }

    @Test
    void theSameTextSealsDifferentlyEachTime() {
        FieldCipher cipher = new FieldCipher(Map.of("k1", K1), "k1");
        assertThat(cipher.seal("M12345678", CONTEXT)).isNotEqualTo(cipher.seal("M12345678", CONTEXT));
    }

    @Test
    void aValueDoesNotOpenInAnotherContext() {
        FieldCipher cipher = new FieldCipher(Map.of("k1", K1), "k1");
        Sealed sealed = cipher.seal("M12345678", CONTEXT);
        assertThatThrownBy(() -> cipher.open(sealed, "student/2/personal"))
                .isInstanceOf(FieldCipher.UnreadableSealException.class);
    }

    @Test
    void tamperedDataDoesNotOpen() {
        FieldCipher cipher = new FieldCipher(Map.of("k1", K1), "k1");
        Sealed sealed = cipher.seal("M12345678", CONTEXT);
        byte[] bytes = Base64.getDecoder().decode(sealed.data());
        bytes[bytes.length - 1] ^= 1;
        Sealed tampered = new Sealed("k1", Base64.getEncoder().encodeToString(bytes));
        assertThatThrownBy(() -> cipher.open(tampered, CONTEXT))
                .isInstanceOf(FieldCipher.UnreadableSealException.class);
        assertThatThrownBy(() -> cipher.open(new Sealed("k1", "!!"), CONTEXT))
                .isInstanceOf(FieldCipher.UnreadableSealException.class);
        assertThatThrownBy(() -> cipher.open(new Sealed("k1", "AAAA"), CONTEXT))
                .isInstanceOf(FieldCipher.UnreadableSealException.class);
    }

    @Test
    void rotationKeepsOldValuesReadableAndSealsNewOnesWithTheActiveKey() {
        Sealed old = new FieldCipher(Map.of("k1", K1), "k1").seal("M12345678", CONTEXT);
        FieldCipher rotated = new FieldCipher(Map.of("k1", K1, "k2", K2), "k2");
        assertThat(rotated.open(old, CONTEXT)).isEqualTo("M12345678");
        assertThat(rotated.isStale(old)).isTrue();
        Sealed resealed = rotated.seal(rotated.open(old, CONTEXT), CONTEXT);
        assertThat(resealed.keyId()).isEqualTo("k2");
        assertThat(rotated.isStale(resealed)).isFalse();

        FieldCipher retired = new FieldCipher(Map.of("k2", K2), "k2");
        assertThat(retired.open(resealed, CONTEXT)).isEqualTo("M12345678");
        assertThatThrownBy(() -> retired.open(old, CONTEXT))
                .isInstanceOf(FieldCipher.UnreadableSealException.class)
                .hasMessageContaining("no key 'k1'");
    }

    @Test
    void badConfigurationIsRefusedAtStart() {
        assertThatThrownBy(() -> new FieldCipher(Map.of("k1", K1), "k2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldCipher(Map.of("k1", new byte[10]), "k1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] key() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return k;
    }
}

package org.openintl.platform.privacy;

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
    void oneThreadSealsAndOpensWithEveryKeyInTurnAlsoAfterAValueFailedToOpen() {
        FieldCipher first = new FieldCipher(Map.of("k1", K1), "k1");
        FieldCipher second = new FieldCipher(Map.of("k1", K1, "k2", K2), "k2");
        for (int i = 0; i < 3; i++) {
            Sealed a = first.seal("A" + i, CONTEXT);
            Sealed b = second.seal("B" + i, CONTEXT);
            assertThatThrownBy(() -> first.open(b, CONTEXT)).isInstanceOf(FieldCipher.UnreadableSealException.class);
            assertThatThrownBy(() -> second.open(a, "student/2/personal"))
                    .isInstanceOf(FieldCipher.UnreadableSealException.class);
            assertThat(second.open(a, CONTEXT)).isEqualTo("A" + i);
            assertThat(second.open(b, CONTEXT)).isEqualTo("B" + i);
            assertThat(first.open(a, CONTEXT)).isEqualTo("A" + i);
        }
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

    /**
     * Values sealed and indexed by student-service before the cipher moved into the platform (ADR 0670): they are stored
     * in existing databases, so the platform's cipher must open and find them exactly as they are.
     */
    @Test
    void opensAndFindsWhatWasStoredBeforeTheMove() {
        byte[] current = new byte[32];
        for (int i = 0; i < current.length; i++) {
            current[i] = (byte) i;
        }
        byte[] retired = new byte[16];
        for (int i = 0; i < retired.length; i++) {
            retired[i] = (byte) (100 + i);
        }
        FieldCipher cipher = new FieldCipher(Map.of("k2026a", current, "k2025", retired), "k2026a");
        Sealed stored = new Sealed(
                "k2026a", "fexyoBTyCNJJPgGgVDyQK6H+K3Y6Xrhwyya5yVtpinuh7sxL6Aufezb7afkUzxS/0yFHj3ku0dmuEQ==");

        assertThat(cipher.open(stored, "student/00000000-0000-0000-0000-000000000001/personal"))
                .isEqualTo("{\"passportNumber\":\"M12345678\"}");
        assertThat(cipher.blindIndex("CN|M12345678")).isEqualTo("k2026a:bz0A_dtHJEmO7sOsYMz_wOX21Jp_KLNTMKkmGREbXY8");
        assertThat(cipher.blindIndexes("CN|M12345678"))
                .containsExactlyInAnyOrder(
                        "k2026a:bz0A_dtHJEmO7sOsYMz_wOX21Jp_KLNTMKkmGREbXY8",
                        "k2025:AHcl7_hupKmwdcLyi4yG2Dwtga75iY77NnmWMgfZqJw");
    }

    @Test
    void blindIndexesFindAValueUnderEveryKeyButDoNotRevealIt() {
        FieldCipher before = new FieldCipher(Map.of("k1", K1), "k1");
        FieldCipher rotated = new FieldCipher(Map.of("k1", K1, "k2", K2), "k2");
        String indexed = before.blindIndex("CN|M12345678");

        assertThat(indexed).startsWith("k1:").doesNotContain("M12345678");
        assertThat(before.blindIndex("CN|M12345678")).isEqualTo(indexed);
        assertThat(before.blindIndex("CN|M12345679")).isNotEqualTo(indexed);
        assertThat(rotated.blindIndexes("CN|M12345678")).contains(indexed);
        assertThat(rotated.blindIndex("CN|M12345678")).startsWith("k2:").isNotEqualTo(indexed);
        assertThat(new FieldCipher(Map.of("k1", K2), "k1").blindIndex("CN|M12345678"))
                .isNotEqualTo(indexed);
    }

    private static byte[] key() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return k;
    }
}

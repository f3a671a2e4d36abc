package org.openintl.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openintl.platform.testing.TestTokens;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** {@code intl.security.jwt.public-key-location}: a PEM key instead of the JWK set (air-gapped installations). */
class PublicKeyLocationUnitTest {

    private final JwtDecoder decoder = new ServiceSecurityConfiguration()
            .jwtDecoder(new ServiceSecurityProperties(
                    new ServiceSecurityProperties.Jwt(
                            TestTokens.ISSUER,
                            null,
                            new FileSystemResource(TestTokens.publicKeyFile()),
                            "roles",
                            "preferred_username",
                            TestTokens.AUDIENCE),
                    null,
                    List.of()));

    @Test
    void verifiesTokensWithThePemKey() {
        var jwt = decoder.decode(TestTokens.withRoles("VIEWER"));

        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("VIEWER");
    }

    @Test
    void refusesForgedAndForeignTokens() {
        assertThatThrownBy(() -> decoder.decode(
                        TestTokens.token().roles("ADMIN").signedWithForeignKey().sign()))
                .hasMessageContaining("signature");
        assertThatThrownBy(() -> decoder.decode(
                        TestTokens.token().issuer("https://other.example").sign()))
                .isInstanceOf(JwtValidationException.class);
    }

    @Test
    void saysWhatIsWrongWithAFileThatIsNoKey() {
        assertThatThrownBy(() -> ServiceSecurityConfiguration.readPublicKey(new FileSystemResource(
                        TestTokens.publicKeyFile().getParent().resolve("missing.pem"))))
                .hasMessageContaining("public-key-location");
    }
}

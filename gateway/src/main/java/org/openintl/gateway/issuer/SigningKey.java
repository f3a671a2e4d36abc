package org.openintl.gateway.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local issuer's RSA key pair, kept as a JWK in {@code <data-dir>/jwk.json} (mode 600) so that tokens stay valid
 * across restarts. Made on the first start; delete the file to rotate (every token issued before is then refused).
 */
public final class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);
    static final String FILE = "jwk.json";

    private final RSAKey key;

    private SigningKey(RSAKey key) {
        this.key = key;
    }

    public static SigningKey loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                RSAKey key = RSAKey.parse(Files.readString(file));
                if (!key.isPrivate()) {
                    throw new IllegalStateException(file + " holds no private key");
                }
                return new SigningKey(key);
            }
            RSAKey generated = new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .keyIDFromThumbprint(true)
                    .generate();
            PrivateFiles.write(file, generated.toJSONString());
            log.info("Created the token signing key {} in {}", generated.getKeyID(), file.toAbsolutePath());
            return new SigningKey(generated);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the signing key " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException(file + " is no JWK", e);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a signing key", e);
        }
    }

    /** The key pair; for signing only, never to be published. */
    public RSAKey privateJwk() {
        return key;
    }

    public String keyId() {
        return key.getKeyID();
    }

    public RSAPublicKey publicKey() {
        try {
            return key.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JWK set as published at {@code /.well-known/jwks.json}: the public half only. */
    public Map<String, Object> publicJwkSet() {
        return new JWKSet(key.toPublicJWK()).toJSONObject(true);
    }
}

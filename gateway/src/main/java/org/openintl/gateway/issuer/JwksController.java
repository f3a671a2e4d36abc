package org.openintl.gateway.issuer;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public key of the local issuer, where the services fetch it ({@code intl.security.jwt.jwk-set-uri}). */
@RestController
@ConditionalOnProperty(prefix = "intl.issuer", name = "enabled", havingValue = "true", matchIfMissing = true)
class JwksController {

    private final SigningKey key;

    JwksController(SigningKey key) {
        this.key = key;
    }

    @GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> jwks() {
        // verifiers cache it; an unknown key id makes them fetch it again anyway
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(key.publicJwkSet());
    }
}

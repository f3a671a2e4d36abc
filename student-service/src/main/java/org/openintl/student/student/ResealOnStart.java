package org.openintl.student.student;

import java.util.List;
import java.util.UUID;
import org.openintl.platform.privacy.EncryptionProperties;
import org.openintl.platform.privacy.FieldCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The second half of a key rotation (ADR 0100): once started with a new active key, re-seals in the background
 * every value still sealed with an older key. Safe on several instances at once (each write is version-guarded and
 * a value already re-sealed is left alone); after a full pass the old key can be removed from the configuration.
 */
@Component
class ResealOnStart {

    private static final Logger log = LoggerFactory.getLogger(ResealOnStart.class);

    private final StudentService service;
    private final FieldCipher cipher;
    private final EncryptionProperties properties;

    ResealOnStart(StudentService service, FieldCipher cipher, EncryptionProperties properties) {
        this.service = service;
        this.cipher = cipher;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!properties.resealOnStart()) {
            return;
        }
        Thread t = new Thread(this::resealAll, "reseal");
        t.setDaemon(true);
        t.start();
    }

    /** Re-seals every student sealed with another key than the active one; returns how many were re-sealed. */
    int resealAll() {
        List<UUID> stale = service.idsSealedWithOtherKeyThan(cipher.activeKeyId());
        if (stale.isEmpty()) {
            return 0;
        }
        log.info("Re-sealing personal data of {} students with key '{}'", stale.size(), cipher.activeKeyId());
        int done = 0;
        for (UUID id : stale) {
            try {
                service.reseal(id);
                done++;
            } catch (RuntimeException e) {
                log.warn("Could not re-seal student {}: {}", id, e.toString());
            }
        }
        log.info(
                "Re-sealed {} of {} students; keys other than '{}' are no longer needed if none failed",
                done,
                stale.size(),
                cipher.activeKeyId());
        return done;
    }
}

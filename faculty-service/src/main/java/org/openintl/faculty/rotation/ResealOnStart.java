package org.openintl.faculty.rotation;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.openintl.faculty.expert.ExpertService;
import org.openintl.faculty.talent.TalentService;
import org.openintl.platform.privacy.EncryptionProperties;
import org.openintl.platform.privacy.FieldCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The second half of a key rotation (ADR 0100): once started with a new active key, re-seals in the background the
 * experts' and talent candidates' values still sealed with an older key. Safe on several instances at once (each
 * write is version-guarded and a value already re-sealed is left alone).
 */
@Component
class ResealOnStart {

    private static final Logger log = LoggerFactory.getLogger(ResealOnStart.class);

    private final ExpertService experts;
    private final TalentService talent;
    private final FieldCipher cipher;
    private final EncryptionProperties properties;

    ResealOnStart(ExpertService experts, TalentService talent, FieldCipher cipher, EncryptionProperties properties) {
        this.experts = experts;
        this.talent = talent;
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

    /** Re-seals every expert and talent record sealed with another key than the active one; returns how many. */
    int resealAll() {
        String key = cipher.activeKeyId();
        return reseal("experts", experts.idsSealedWithOtherKeyThan(key), experts::reseal)
                + reseal("talent candidates", talent.idsSealedWithOtherKeyThan(key), talent::reseal);
    }

    private int reseal(String what, List<UUID> stale, Consumer<UUID> reseal) {
        if (stale.isEmpty()) {
            return 0;
        }
        log.info("Re-sealing personal data of {} {} with key '{}'", stale.size(), what, cipher.activeKeyId());
        int done = 0;
        for (UUID id : stale) {
            try {
                reseal.accept(id);
                done++;
            } catch (RuntimeException e) {
                log.warn("Could not re-seal {} {}: {}", what, id, e.toString());
            }
        }
        log.info("Re-sealed {} of {} {}", done, stale.size(), what);
        return done;
    }
}

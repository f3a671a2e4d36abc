package org.openintl.partnership.expiry;

import java.util.UUID;
import org.openintl.partnership.partnership.PartnershipService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks every partnership in force for deadlines at start-up and then periodically. Several instances may scan at
 * once: each change is a version-guarded update that records the warning with the event, so none is doubled.
 */
@Component
public class ExpiryScanner {

    private static final Logger log = LoggerFactory.getLogger(ExpiryScanner.class);

    private final PartnershipService partnerships;

    ExpiryScanner(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        scan();
    }

    @Scheduled(
            fixedDelayString = "${intl.partnerships.scan-interval:PT1H}",
            initialDelayString = "${intl.partnerships.scan-interval:PT1H}")
    void periodically() {
        scan();
    }

    /** @return the number of events written */
    public int scan() {
        int events = 0;
        for (UUID id : partnerships.inForce()) {
            try {
                events += partnerships.applyDeadlines(id);
            } catch (RuntimeException e) {
                log.warn("Deadline check of partnership {} failed; next scan retries: {}", id, e.toString());
            }
        }
        if (events > 0) {
            log.info("Deadline scan wrote {} event(s)", events);
        }
        return events;
    }
}

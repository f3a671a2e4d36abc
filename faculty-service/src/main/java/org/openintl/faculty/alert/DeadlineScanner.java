package org.openintl.faculty.alert;

import java.util.UUID;
import org.openintl.faculty.expert.ExpertService;
import org.openintl.platform.domain.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes the experts' deadline warnings that became due with the passing of time (those raised by an update are
 * published by the update itself). Runs right after start-up, to catch up on the time the service was down, and then
 * on a schedule. Any number of scanners on any number of instances publish each warning once: the warning is recorded
 * in the expert's state in the same version-guarded update that puts its event in the outbox (ADR 0581).
 */
@Component
public class DeadlineScanner {

    private static final Logger log = LoggerFactory.getLogger(DeadlineScanner.class);

    private final ExpertService service;

    DeadlineScanner(ExpertService service) {
        this.service = service;
    }

    @Scheduled(
            initialDelayString = "${intl.faculty.first-scan-delay:PT5S}",
            fixedDelayString = "${intl.faculty.scan-interval:PT1H}")
    void scheduled() {
        int changed = scan();
        if (changed > 0) {
            log.info("Deadline scan: {} experts had warnings to publish", changed);
        }
    }

    /** One pass; returns the number of experts that had something to publish (or to re-plan). */
    public int scan() {
        int changed = 0;
        for (UUID id : service.idsDueForWarning(service.today())) {
            try {
                long before = service.get(id).version();
                if (service.announceDueWarnings(id).version() != before) {
                    changed++;
                }
            } catch (NotFoundException e) {
                log.debug("Expert {} disappeared during the scan", id);
            } catch (RuntimeException e) {
                log.warn("Deadline scan failed for expert {}; the next scan retries: {}", id, e.toString());
            }
        }
        return changed;
    }
}

package org.openintl.student.alert;

import java.util.UUID;
import org.openintl.platform.domain.NotFoundException;
import org.openintl.student.student.StudentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes the deadline warnings that became due with the passing of time (the ones raised by an update are
 * published by the update itself). Runs right after start-up, to catch up on the time the service was down, and then
 * on a schedule. Any number of scanners, on any number of instances, publish each warning once: the warning is
 * recorded in the student's state in the same version-guarded update that puts its event in the outbox, and the
 * loser of a race re-reads a state in which the warning is already recorded.
 */
@Component
public class DeadlineScanner {

    private static final Logger log = LoggerFactory.getLogger(DeadlineScanner.class);

    private final StudentService service;

    DeadlineScanner(StudentService service) {
        this.service = service;
    }

    @Scheduled(
            initialDelayString = "${intl.students.documents.first-scan-delay:PT5S}",
            fixedDelayString = "${intl.students.documents.scan-interval:PT1H}")
    void scheduled() {
        int changed = scan();
        if (changed > 0) {
            log.info("Deadline scan: {} students had warnings to publish", changed);
        }
    }

    /** One pass; returns the number of students that had something to publish (or to re-plan). */
    public int scan() {
        int changed = 0;
        for (UUID id : service.idsDueForWarning(service.today())) {
            try {
                long before = service.get(id).version();
                if (service.announceDueWarnings(id).version() != before) {
                    changed++;
                }
            } catch (NotFoundException e) {
                log.debug("Student {} disappeared during the scan", id);
            } catch (RuntimeException e) {
                log.warn("Deadline scan failed for student {}; the next scan retries: {}", id, e.toString());
            }
        }
        return changed;
    }
}

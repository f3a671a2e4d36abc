package org.openintl.student.student;

import java.util.UUID;
import org.openintl.platform.domain.NotFoundException;
import org.openintl.student.partnership.PartnershipChanged;
import org.openintl.student.partnership.Partnerships;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps students' {@code programAtRisk} in line with the partnership they depend on: flagged (one
 * {@code program-at-risk} event each) when it becomes SUSPENDED, TERMINATED or EXPIRED, cleared when it is SIGNED or
 * ACTIVE again. Driven by the projection's current state, not by the event at hand, and guarded by each student's
 * own flag, so redelivered, stale and reordered partnership events cannot flag anyone twice.
 */
@Component
class ProgramRiskPolicy {

    private static final Logger log = LoggerFactory.getLogger(ProgramRiskPolicy.class);

    private final StudentService service;

    ProgramRiskPolicy(StudentService service) {
        this.service = service;
    }

    @EventListener
    void on(PartnershipChanged changed) {
        UUID partnership = changed.partnershipId();
        if (Partnerships.isAtRisk(changed.status())) {
            for (UUID id : service.idsDependingOn(partnership, false)) {
                apply(() -> service.flagProgramAtRisk(id, partnership, changed.status()), id);
            }
        } else if (Partnerships.isUsable(changed.status())) {
            for (UUID id : service.idsDependingOn(partnership, true)) {
                apply(() -> service.clearProgramRisk(id, partnership, changed.status()), id);
            }
        }
    }

    private static void apply(Runnable command, UUID student) {
        try {
            command.run();
        } catch (NotFoundException e) {
            log.debug("Student {} disappeared while reconciling its partnership", student);
        }
    }
}

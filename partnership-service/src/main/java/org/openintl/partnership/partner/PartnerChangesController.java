package org.openintl.partnership.partner;

import java.util.List;
import java.util.UUID;
import org.openintl.platform.aggregate.ChangeRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/partners/{id}/changes}: every write of the partner, oldest first, with who made it (the token's {@code sub}),
 * the request id and the events it published (ADR 0482). Holds ids and event types only, so every role that reads
 * the partner reads its changes.
 */
@RestController
class PartnerChangesController {

    private final PartnerService partners;

    PartnerChangesController(PartnerService partners) {
        this.partners = partners;
    }

    @GetMapping("/api/partners/{id}/changes")
    List<ChangeRecord> changes(@PathVariable UUID id) {
        return partners.changes(id);
    }
}

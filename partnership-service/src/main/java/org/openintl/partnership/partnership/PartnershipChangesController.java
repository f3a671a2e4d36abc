package org.openintl.partnership.partnership;

import java.util.List;
import java.util.UUID;
import org.openintl.platform.aggregate.ChangeRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/partnerships/{id}/changes}: every write of the partnership, oldest first, with who made it (the token's {@code sub}),
 * the request id and the events it published (ADR 0482). Holds ids and event types only, so every role that reads
 * the partnership reads its changes.
 */
@RestController
class PartnershipChangesController {

    private final PartnershipService partnerships;

    PartnershipChangesController(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    @GetMapping("/api/partnerships/{id}/changes")
    List<ChangeRecord> changes(@PathVariable UUID id) {
        return partnerships.changes(id);
    }
}

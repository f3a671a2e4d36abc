package org.openintl.partnership.partnership;

import org.openintl.platform.web.ChangesController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/partnerships/{id}/changes}: the partnership's change log ({@link ChangesController}, ADR 0482). */
@RestController
@RequestMapping("/api/partnerships")
class PartnershipChangesController extends ChangesController<Partnership> {

    PartnershipChangesController(PartnershipService partnerships) {
        super(partnerships::changes);
    }
}

package org.openintl.partnership.partner;

import org.openintl.platform.web.ChangesController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/partners/{id}/changes}: the partner's change log ({@link ChangesController}, ADR 0482). */
@RestController
@RequestMapping("/api/partners")
class PartnerChangesController extends ChangesController<Partner> {

    PartnerChangesController(PartnerService partners) {
        super(partners::changes);
    }
}

package org.openintl.faculty.talent;

import org.openintl.platform.web.ChangesController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/talent/{id}/changes}: the talent record's change log (ADR 0482). */
@RestController
@RequestMapping("/api/talent")
class TalentChangesController extends ChangesController<Talent> {

    TalentChangesController(TalentService talent) {
        super(talent::changes);
    }
}

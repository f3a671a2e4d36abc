package org.openintl.faculty.expert;

import org.openintl.platform.web.ChangesController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/experts/{id}/changes}: the expert's change log ({@link ChangesController}, ADR 0482). */
@RestController
@RequestMapping("/api/experts")
class ExpertChangesController extends ChangesController<Expert> {

    ExpertChangesController(ExpertService experts) {
        super(experts::changes);
    }
}

package org.openintl.faculty.trip;

import org.openintl.platform.web.ChangesController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/staff-trips/{id}/changes}: the trip's change log (ADR 0482). */
@RestController
@RequestMapping("/api/staff-trips")
class TripChangesController extends ChangesController<StaffTrip> {

    TripChangesController(TripService trips) {
        super(trips::changes);
    }
}

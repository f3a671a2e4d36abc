package org.openintl.faculty.alert;

import java.util.UUID;
import org.openintl.faculty.trip.TripService;
import org.openintl.platform.domain.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Raises {@code intl.staff-trip.report-overdue.v1} for returned trips whose report is late: after start-up and then on
 * a schedule. Idempotent, not locked (ADR 0581): the announcement is recorded in the trip's state in the same
 * version-guarded write as its event, so concurrent scans on several instances publish it once.
 */
@Component
public class ReportScanner {

    private static final Logger log = LoggerFactory.getLogger(ReportScanner.class);

    private final TripService trips;

    ReportScanner(TripService trips) {
        this.trips = trips;
    }

    @Scheduled(
            initialDelayString = "${intl.faculty.first-scan-delay:PT5S}",
            fixedDelayString = "${intl.faculty.scan-interval:PT1H}")
    void scheduled() {
        int raised = scan();
        if (raised > 0) {
            log.info("Report scan: {} trip reports became overdue", raised);
        }
    }

    /** One pass; returns how many overdue reports this pass announced. */
    public int scan() {
        int raised = 0;
        for (UUID id : trips.idsWithReportOverdue(trips.today())) {
            try {
                long before = trips.get(id).version();
                if (trips.announceOverdueReport(id).version() != before) {
                    raised++;
                }
            } catch (NotFoundException e) {
                log.debug("Trip {} disappeared during the scan", id);
            } catch (RuntimeException e) {
                log.warn("Report scan failed for trip {}; the next scan retries: {}", id, e.toString());
            }
        }
        return raised;
    }
}

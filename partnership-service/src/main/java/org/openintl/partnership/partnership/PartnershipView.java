package org.openintl.partnership.partnership;

import java.util.List;
import java.util.UUID;
import org.openintl.partnership.partnership.PartnershipEvent.PartnerSummary;
import org.openintl.partnership.stafftrip.StaffMobility;

/**
 * A partnership as the API shows it: its details, state and history, the partners resolved, and for programs the
 * number of students currently enrolled beside the annual quota, and the staff going abroad under it (from
 * faculty-service's events).
 */
public record PartnershipView(
        UUID id,
        PartnershipStatus status,
        PartnershipDetails details,
        List<PartnerSummary> partners,
        List<PartnershipStatus> allowedTransitions,
        List<Transition> history,
        List<String> warningsSent,
        Enrolment enrolment,
        StaffMobility staffMobility,
        long version) {

    /** Students enrolled under the partnership now, and the program's annual quota (if it has one). */
    public record Enrolment(long enrolledStudents, Integer annualQuota) {}
}

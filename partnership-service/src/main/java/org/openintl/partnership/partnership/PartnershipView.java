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
        List<Cohort> cohorts,
        Enrolment enrolment,
        StaffMobility staffMobility,
        long version) {

    /**
     * Students enrolled under the partnership now, and the program's annual quota (if it has one). With cohorts
     * recorded, {@code enrolledStudents} is the program's total (all its students, source {@code COHORTS}) and
     * {@code latestIntake} the newest intake to compare with the annual quota; without, it counts the international
     * students registered under it (source {@code STUDENTS}). {@code registeredStudents} is always the latter.
     */
    public record Enrolment(
            long enrolledStudents, Integer annualQuota, String source, long registeredStudents, Cohort latestIntake) {

        static Enrolment of(Partnership p, long registered, Integer quota) {
            List<Cohort> cohorts = p.cohorts();
            return new Enrolment(
                    p.enrolledStudents(registered),
                    quota,
                    cohorts.isEmpty() ? "STUDENTS" : "COHORTS",
                    registered,
                    cohorts.isEmpty() ? null : cohorts.get(cohorts.size() - 1));
        }
    }
}

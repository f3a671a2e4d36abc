package org.openintl.partnership.stats;

import java.util.List;
import java.util.Map;

/**
 * The register in numbers.
 *
 * @param beltAndRoad partnerships in force or signed that have a partner in a Belt-and-Road country, and their share
 *     of all partnerships in force or signed
 * @param expiring partnerships in force whose end date comes within 30, 90 and 180 days
 * @param programsDueForEvaluation cooperative programs in force whose next MOE evaluation is due within 180 days
 *     or overdue
 */
public record PartnershipStats(
        long total,
        Map<String, Long> byStatus,
        Map<String, Long> byType,
        Map<String, Long> byCountry,
        Map<String, Long> byContinent,
        BeltAndRoad beltAndRoad,
        Map<String, Long> expiring,
        long programsDueForEvaluation,
        List<ProgramEnrolment> programEnrolment) {

    /** Partnerships with a Belt-and-Road partner. */
    public record BeltAndRoad(long partnerships, double share) {}

    /** Students enrolled against annual quota, per program level. */
    public record ProgramEnrolment(String level, long programs, long enrolled, long quota) {}
}

package org.openintl.student.stats;

import java.time.LocalDate;
import java.util.Map;

/**
 * The answer of {@code GET /api/students/stats} for the students matching the filters.
 *
 * @param asOf the day "due within" is counted from
 */
public record StudentStats(
        LocalDate asOf,
        long total,
        Map<String, Long> byStatus,
        Map<String, Long> byNationality,
        Map<String, Long> byContinent,
        Map<String, Long> byCategory,
        Map<String, Long> byFunding,
        Map<String, Long> byCollege,
        Share beltAndRoad,
        DegreeSplit degree,
        FundingSplit funding,
        DocumentsDue documentsDue) {

    /** Students from Belt-and-Road countries and their share of the total (0 when there are no students). */
    public record Share(long students, double share) {}

    public record DegreeSplit(long degree, long nonDegree) {}

    /** Any scholarship (CSC, provincial, university, partner) against self-funded. */
    public record FundingSplit(long scholarship, long selfFunded) {}

    /**
     * Deadlines (not students) of current students. {@code withinNDays} counts everything due by today + N,
     * overdue included; {@code overdue} is the part already past.
     */
    public record DocumentsDue(long overdue, long within7Days, long within30Days, long within60Days) {}
}

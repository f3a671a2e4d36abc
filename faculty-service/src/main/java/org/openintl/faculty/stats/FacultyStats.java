package org.openintl.faculty.stats;

import java.util.Map;

/**
 * {@code GET /api/faculty/stats}: counts only, the same for every role.
 *
 * @param experts foreign experts
 * @param talent the recruitment pipeline
 * @param trips staff going abroad
 */
public record FacultyStats(Experts experts, Talent talent, Trips trips) {

    /**
     * @param byStatus every expert per status
     * @param inService experts IN_SERVICE or ON_LEAVE (employed now); the breakdowns below count these
     * @param byCountry ISO 3166-1 alpha-2 of the nationality
     * @param byCategory the work permit category (A, B, C, or NONE while not known)
     * @param beltAndRoad of those in service, how many are nationals of Belt-and-Road countries
     * @param beltAndRoadShare {@code beltAndRoad / inService}, 0 when nobody is in service
     */
    public record Experts(
            Map<String, Long> byStatus,
            long inService,
            Map<String, Long> byCountry,
            Map<String, Long> byContinent,
            Map<String, Long> byCategory,
            Map<String, Long> byCollege,
            long beltAndRoad,
            double beltAndRoadShare) {}

    /** @param byStage every candidate per stage of the pipeline */
    public record Talent(Map<String, Long> byStage, Map<String, Long> arrivedByProgram) {}

    /**
     * @param abroadNow staff DEPARTED and not yet back
     * @param abroadByCountry the same per country visited (a trip to two countries counts in both)
     * @param reportsOverdue RETURNED trips whose report is past due
     */
    public record Trips(
            Map<String, Long> byStatus,
            long abroadNow,
            Map<String, Long> abroadByCountry,
            Map<String, Long> abroadByPurpose,
            long reportsOverdue) {}
}

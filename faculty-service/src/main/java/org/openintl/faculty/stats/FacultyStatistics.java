package org.openintl.faculty.stats;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.openintl.faculty.expert.ExpertFilter;
import org.openintl.faculty.expert.ExpertService;
import org.openintl.faculty.expert.ExpertStatus;
import org.openintl.faculty.talent.TalentFilter;
import org.openintl.faculty.talent.TalentService;
import org.openintl.faculty.talent.TalentStage;
import org.openintl.faculty.trip.TripFilter;
import org.openintl.faculty.trip.TripService;
import org.openintl.faculty.trip.TripStatus;
import org.openintl.platform.country.Continent;
import org.springframework.stereotype.Service;

/**
 * Computes {@link FacultyStats} in one pass over each collection (a batch at a time), for the endpoint and the gauges.
 * Every enum value is present with 0 so that a dashboard or a client sees the full breakdown.
 */
@Service
public class FacultyStatistics {

    private final ExpertService experts;
    private final TalentService talent;
    private final TripService trips;

    FacultyStatistics(ExpertService experts, TalentService talent, TripService trips) {
        this.experts = experts;
        this.talent = talent;
        this.trips = trips;
    }

    public LocalDate today() {
        return trips.today();
    }

    /** Every deadline of the experts under contract (a handful per expert), for the gauges of what is due. */
    public java.util.List<org.openintl.faculty.document.Deadline> expertDeadlines() {
        java.util.List<org.openintl.faculty.document.Deadline> all = new java.util.ArrayList<>();
        experts.forEach(
                ExpertFilter.withStatus(ExpertStatus.CONTRACTED, ExpertStatus.IN_SERVICE, ExpertStatus.ON_LEAVE),
                e -> all.addAll(e.deadlines()));
        return all;
    }

    public FacultyStats compute() {
        return new FacultyStats(experts(), talent(), trips(today()));
    }

    private FacultyStats.Experts experts() {
        Map<String, Long> byStatus = zeros(ExpertStatus.values());
        Map<String, Long> byCountry = new TreeMap<>();
        Map<String, Long> byContinent = zeros(Continent.values());
        Map<String, Long> byCategory = new TreeMap<>(Map.of("A", 0L, "B", 0L, "C", 0L, "NONE", 0L));
        Map<String, Long> byCollege = new TreeMap<>();
        long[] inService = {0, 0};
        experts.forEach(ExpertFilter.ALL, e -> {
            byStatus.merge(e.status().name(), 1L, Long::sum);
            if (e.status() != ExpertStatus.IN_SERVICE && e.status() != ExpertStatus.ON_LEAVE) {
                return;
            }
            inService[0]++;
            if (e.beltAndRoad()) {
                inService[1]++;
            }
            byCountry.merge(e.nationality(), 1L, Long::sum);
            if (e.continent() != null) {
                byContinent.merge(e.continent().name(), 1L, Long::sum);
            }
            var category = e.profile().permitCategory();
            byCategory.merge(category == null ? "NONE" : category.name(), 1L, Long::sum);
            byCollege.merge(e.profile().college(), 1L, Long::sum);
        });
        double share = inService[0] == 0 ? 0.0 : (double) inService[1] / inService[0];
        return new FacultyStats.Experts(
                byStatus, inService[0], byCountry, byContinent, byCategory, byCollege, inService[1], share);
    }

    private FacultyStats.Talent talent() {
        Map<String, Long> byStage = zeros(TalentStage.values());
        Map<String, Long> arrived = new TreeMap<>();
        talent.forEach(TalentFilter.ALL, t -> {
            byStage.merge(t.stage().name(), 1L, Long::sum);
            if (t.stage() == TalentStage.ARRIVED) {
                arrived.merge(t.profile().program(), 1L, Long::sum);
            }
        });
        return new FacultyStats.Talent(byStage, arrived);
    }

    private FacultyStats.Trips trips(LocalDate today) {
        Map<String, Long> byStatus = zeros(TripStatus.values());
        Map<String, Long> byCountry = new TreeMap<>();
        Map<String, Long> byPurpose = zeros(org.openintl.faculty.trip.Purpose.values());
        long[] counts = {0, 0};
        trips.forEach(TripFilter.ALL, t -> {
            byStatus.merge(t.status().name(), 1L, Long::sum);
            if (t.abroadOn(today)) {
                counts[0]++;
                t.plan().countries().forEach(c -> byCountry.merge(c, 1L, Long::sum));
                byPurpose.merge(t.plan().purpose().name(), 1L, Long::sum);
            }
            if (t.reportOverdue(today)) {
                counts[1]++;
            }
        });
        return new FacultyStats.Trips(byStatus, counts[0], byCountry, byPurpose, counts[1]);
    }

    private static Map<String, Long> zeros(Enum<?>[] values) {
        Map<String, Long> map = new java.util.LinkedHashMap<>();
        for (Enum<?> v : values) {
            map.put(v.name(), 0L);
        }
        return map;
    }
}

package org.openintl.student.stats;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.openintl.platform.country.Continent;
import org.openintl.student.document.Deadline;
import org.openintl.student.student.Category;
import org.openintl.student.student.FundingType;
import org.openintl.student.student.Student;
import org.openintl.student.student.StudentStatus;

/** Counts students in one pass; plain Java so that the figures can be unit tested. */
final class StatsAccumulator {

    private final LocalDate today;
    private long total;
    private final Map<String, Long> byStatus = zeros(StudentStatus.values());
    private final Map<String, Long> byNationality = new TreeMap<>();
    private final Map<String, Long> byContinent = zeros(Continent.values());
    private final Map<String, Long> byCategory = zeros(Category.values());
    private final Map<String, Long> byFunding = zeros(FundingType.values());
    private final Map<String, Long> byCollege = new TreeMap<>();
    private long beltAndRoad;
    private long degree;
    private long scholarship;
    private long overdue;
    private long within7;
    private long within30;
    private long within60;

    StatsAccumulator(LocalDate today) {
        this.today = today;
    }

    void add(Student s) {
        total++;
        byStatus.merge(s.status().name(), 1L, Long::sum);
        byNationality.merge(s.nationality(), 1L, Long::sum);
        if (s.continent() != null) {
            byContinent.merge(s.continent().name(), 1L, Long::sum);
        }
        byCategory.merge(s.profile().category().name(), 1L, Long::sum);
        byFunding.merge(s.profile().funding().type().name(), 1L, Long::sum);
        byCollege.merge(s.profile().college(), 1L, Long::sum);
        if (s.beltAndRoad()) {
            beltAndRoad++;
        }
        if (s.profile().category().isDegree()) {
            degree++;
        }
        if (s.profile().funding().type().isScholarship()) {
            scholarship++;
        }
        for (Deadline d : s.deadlines()) {
            LocalDate due = d.dueDate();
            if (due.isBefore(today)) {
                overdue++;
            }
            if (!due.isAfter(today.plusDays(7))) {
                within7++;
            }
            if (!due.isAfter(today.plusDays(30))) {
                within30++;
            }
            if (!due.isAfter(today.plusDays(60))) {
                within60++;
            }
        }
    }

    StudentStats result() {
        return new StudentStats(
                today,
                total,
                byStatus,
                byNationality,
                byContinent,
                byCategory,
                byFunding,
                byCollege,
                new StudentStats.Share(
                        beltAndRoad, total == 0 ? 0.0 : Math.round(10_000.0 * beltAndRoad / total) / 10_000.0),
                new StudentStats.DegreeSplit(degree, total - degree),
                new StudentStats.FundingSplit(scholarship, total - scholarship),
                new StudentStats.DocumentsDue(overdue, within7, within30, within60));
    }

    private static Map<String, Long> zeros(Enum<?>[] values) {
        Map<String, Long> m = new TreeMap<>();
        for (Enum<?> v : values) {
            m.put(v.name(), 0L);
        }
        return m;
    }
}

package org.openintl.student.stats;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openintl.platform.country.Continent;
import org.openintl.student.document.Deadline;
import org.openintl.student.document.DeadlineRule;
import org.openintl.student.student.Category;
import org.openintl.student.student.FundingType;
import org.openintl.student.student.Student;
import org.openintl.student.student.StudentFilter;
import org.openintl.student.student.StudentService;
import org.openintl.student.student.StudentStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The gauges of docs/student-service.md, recomputed in one pass over the students on a schedule (a scrape must not
 * scan the collection). Tags are enums only (status, continent, category, funding, window), never per student.
 */
@Component
class StudentMetrics {

    private static final Logger log = LoggerFactory.getLogger(StudentMetrics.class);
    static final int[] DUE_WINDOWS = {7, 30, 60};

    private final StudentService service;
    private final MultiGauge byStatus;
    private final MultiGauge byContinent;
    private final MultiGauge byCategory;
    private final MultiGauge byFunding;
    private final MultiGauge documentsDue;
    private final MultiGauge documentsOverdue;
    private final MultiGauge byBeltAndRoad;
    private final MultiGauge byDegree;

    StudentMetrics(StudentService service, MeterRegistry meters) {
        this.service = service;
        this.byStatus = MultiGauge.builder("intl.students.by.status")
                .description("Students per lifecycle status")
                .register(meters);
        this.byContinent = MultiGauge.builder("intl.students.by.continent")
                .description("Students per continent of nationality and status")
                .register(meters);
        this.byCategory = MultiGauge.builder("intl.students.by.category")
                .description("Students per category and status")
                .register(meters);
        this.byFunding = MultiGauge.builder("intl.students.by.funding")
                .description("Students per funding type and status")
                .register(meters);
        this.documentsDue = MultiGauge.builder("intl.students.documents.due")
                .description("Deadlines of current students due within N days, overdue included, by rule")
                .register(meters);
        this.documentsOverdue = MultiGauge.builder("intl.students.documents.overdue")
                .description("Deadlines of current students already past, by rule")
                .register(meters);
        this.byBeltAndRoad = MultiGauge.builder("intl.students.by.belt.and.road")
                .description("Students per status and whether their nationality is a Belt-and-Road country")
                .register(meters);
        this.byDegree = MultiGauge.builder("intl.students.by.degree")
                .description("Students per status, degree (bachelor, master, doctoral) or not")
                .register(meters);
    }

    @Scheduled(
            initialDelayString = "${intl.students.metrics.first-refresh-delay:PT2S}",
            fixedDelayString = "${intl.students.metrics.refresh-interval:PT1M}")
    void refresh() {
        try {
            refreshNow();
        } catch (RuntimeException e) {
            log.warn("Student metrics could not be refreshed: {}", e.toString());
        }
    }

    void refreshNow() {
        LocalDate today = service.today();
        Map<Tags, Long> status = new HashMap<>();
        Map<Tags, Long> continent = new HashMap<>();
        Map<Tags, Long> category = new HashMap<>();
        Map<Tags, Long> funding = new HashMap<>();
        Map<Tags, Long> due = new HashMap<>();
        Map<Tags, Long> overdue = new HashMap<>();
        Map<Tags, Long> beltAndRoad = new HashMap<>();
        Map<Tags, Long> degree = new HashMap<>();
        for (StudentStatus s : StudentStatus.values()) {
            status.put(Tags.of("status", s.name()), 0L);
            for (Continent c : Continent.values()) {
                continent.put(Tags.of("status", s.name(), "continent", c.name()), 0L);
            }
            for (Category c : Category.values()) {
                category.put(Tags.of("status", s.name(), "category", c.name()), 0L);
            }
            for (FundingType f : FundingType.values()) {
                funding.put(Tags.of("status", s.name(), "funding", f.name()), 0L);
            }
            for (boolean b : new boolean[] {false, true}) {
                beltAndRoad.put(Tags.of("status", s.name(), "belt_and_road", Boolean.toString(b)), 0L);
                degree.put(Tags.of("status", s.name(), "degree", Boolean.toString(b)), 0L);
            }
        }
        for (DeadlineRule r : DeadlineRule.values()) {
            overdue.put(Tags.of("rule", r.name()), 0L);
            for (int w : DUE_WINDOWS) {
                due.put(dueTags(w, r), 0L);
            }
        }
        service.forEachInAnyOrder(StudentFilter.ALL, (Student s) -> {
            String st = s.status().name();
            status.merge(Tags.of("status", st), 1L, Long::sum);
            if (s.continent() != null) {
                continent.merge(Tags.of("status", st, "continent", s.continent().name()), 1L, Long::sum);
            }
            category.merge(
                    Tags.of("status", st, "category", s.profile().category().name()), 1L, Long::sum);
            funding.merge(
                    Tags.of(
                            "status",
                            st,
                            "funding",
                            s.profile().funding().type().name()),
                    1L,
                    Long::sum);
            beltAndRoad.merge(Tags.of("status", st, "belt_and_road", Boolean.toString(s.beltAndRoad())), 1L, Long::sum);
            degree.merge(
                    Tags.of(
                            "status",
                            st,
                            "degree",
                            Boolean.toString(s.profile().category().isDegree())),
                    1L,
                    Long::sum);
            for (Deadline d : s.deadlines()) {
                if (d.dueDate().isBefore(today)) {
                    overdue.merge(Tags.of("rule", d.rule().name()), 1L, Long::sum);
                }
                for (int w : DUE_WINDOWS) {
                    if (!d.dueDate().isAfter(today.plusDays(w))) {
                        due.merge(dueTags(w, d.rule()), 1L, Long::sum);
                    }
                }
            }
        });
        byStatus.register(rows(status), true);
        byContinent.register(rows(continent), true);
        byCategory.register(rows(category), true);
        byFunding.register(rows(funding), true);
        documentsDue.register(rows(due), true);
        documentsOverdue.register(rows(overdue), true);
        byBeltAndRoad.register(rows(beltAndRoad), true);
        byDegree.register(rows(degree), true);
    }

    private static Tags dueTags(int window, DeadlineRule rule) {
        return Tags.of("within", Integer.toString(window), "rule", rule.name());
    }

    private static List<MultiGauge.Row<?>> rows(Map<Tags, Long> counts) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        counts.forEach((tags, n) -> rows.add(MultiGauge.Row.of(tags, n)));
        return rows;
    }
}

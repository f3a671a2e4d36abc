package org.openintl.faculty.stats;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openintl.faculty.document.Deadline;
import org.openintl.faculty.document.DeadlineRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The gauges of docs/faculty-service.md (named as docs/metrics.md says), recomputed from {@link FacultyStatistics} on
 * a schedule, never on a scrape. Tags are enums or ISO codes, never per person; every enum value is a row from the
 * start (zero-filled, ADR 0520).
 */
@Component
class FacultyMetrics {

    private static final Logger log = LoggerFactory.getLogger(FacultyMetrics.class);

    private final FacultyStatistics statistics;
    private final MultiGauge expertsByStatus;
    private final MultiGauge expertsByContinent;
    private final MultiGauge expertsByCategory;
    private final MultiGauge expertsBeltAndRoad;
    private final MultiGauge talentByStage;
    private final MultiGauge tripsByStatus;
    private final MultiGauge staffAbroad;
    private final MultiGauge reportsOverdue;
    private final MultiGauge documentsDue;
    private final MultiGauge documentsOverdue;
    static final int[] DUE_WINDOWS = {7, 30, 60};

    FacultyMetrics(FacultyStatistics statistics, MeterRegistry meters) {
        this.statistics = statistics;
        this.expertsByStatus = MultiGauge.builder("intl.experts.by.status")
                .description("Foreign experts per status")
                .register(meters);
        this.expertsByContinent = MultiGauge.builder("intl.experts.in.service.by.continent")
                .description("Foreign experts in service (IN_SERVICE, ON_LEAVE) per continent of nationality")
                .register(meters);
        this.expertsByCategory = MultiGauge.builder("intl.experts.in.service.by.category")
                .description("Foreign experts in service per work permit category (A, B, C, NONE)")
                .register(meters);
        this.expertsBeltAndRoad = MultiGauge.builder("intl.experts.in.service.by.belt.and.road")
                .description("Foreign experts in service by whether their nationality is a Belt-and-Road country")
                .register(meters);
        this.talentByStage = MultiGauge.builder("intl.talent.by.stage")
                .description("High-end talent candidates per stage of the pipeline")
                .register(meters);
        this.tripsByStatus = MultiGauge.builder("intl.staff.trips.by.status")
                .description("Staff trips per status")
                .register(meters);
        this.staffAbroad = MultiGauge.builder("intl.staff.abroad")
                .description("Staff abroad now (trips DEPARTED, not returned) per purpose")
                .register(meters);
        this.reportsOverdue = MultiGauge.builder("intl.staff.trips.reports.overdue")
                .description("Returned staff trips whose report is past due")
                .register(meters);
        this.documentsDue = MultiGauge.builder("intl.experts.documents.due")
                .description("Deadlines of experts under contract due within N days, overdue included, by rule")
                .register(meters);
        this.documentsOverdue = MultiGauge.builder("intl.experts.documents.overdue")
                .description("Deadlines of experts under contract already past, by rule")
                .register(meters);
    }

    @Scheduled(
            initialDelayString = "${intl.faculty.metrics.first-refresh-delay:PT2S}",
            fixedDelayString = "${intl.faculty.metrics.refresh-interval:PT1M}")
    void refresh() {
        try {
            refreshNow();
        } catch (RuntimeException e) {
            log.warn("Faculty metrics could not be refreshed: {}", e.toString());
        }
    }

    void refreshNow() {
        FacultyStats s = statistics.compute();
        expertsByStatus.register(rows("status", s.experts().byStatus()), true);
        expertsByContinent.register(rows("continent", s.experts().byContinent()), true);
        expertsByCategory.register(rows("category", s.experts().byCategory()), true);
        expertsBeltAndRoad.register(
                rows(
                        "belt_and_road",
                        Map.of(
                                "true",
                                s.experts().beltAndRoad(),
                                "false",
                                s.experts().inService() - s.experts().beltAndRoad())),
                true);
        talentByStage.register(rows("stage", s.talent().byStage()), true);
        tripsByStatus.register(rows("status", s.trips().byStatus()), true);
        staffAbroad.register(rows("purpose", s.trips().abroadByPurpose()), true);
        reportsOverdue.register(
                List.of(MultiGauge.Row.of(Tags.empty(), s.trips().reportsOverdue())), true);
        LocalDate today = statistics.today();
        Map<Tags, Long> due = new HashMap<>();
        Map<Tags, Long> overdue = new HashMap<>();
        for (DeadlineRule r : DeadlineRule.values()) {
            overdue.put(Tags.of("rule", r.name()), 0L);
            for (int w : DUE_WINDOWS) {
                due.put(dueTags(w, r), 0L);
            }
        }
        for (Deadline d : statistics.expertDeadlines()) {
            if (d.dueDate().isBefore(today)) {
                overdue.merge(Tags.of("rule", d.rule().name()), 1L, Long::sum);
            }
            for (int w : DUE_WINDOWS) {
                if (!d.dueDate().isAfter(today.plusDays(w))) {
                    due.merge(dueTags(w, d.rule()), 1L, Long::sum);
                }
            }
        }
        documentsDue.register(tagged(due), true);
        documentsOverdue.register(tagged(overdue), true);
    }

    private static Tags dueTags(int window, DeadlineRule rule) {
        return Tags.of("within", Integer.toString(window), "rule", rule.name());
    }

    private static List<MultiGauge.Row<?>> tagged(Map<Tags, Long> counts) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        counts.forEach((tags, n) -> rows.add(MultiGauge.Row.of(tags, n)));
        return rows;
    }

    private static List<MultiGauge.Row<?>> rows(String tag, Map<String, Long> counts) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        counts.forEach((value, n) -> rows.add(MultiGauge.Row.of(Tags.of(tag, value), n)));
        return rows;
    }
}

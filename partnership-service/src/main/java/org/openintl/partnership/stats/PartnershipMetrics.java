package org.openintl.partnership.stats;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.openintl.partnership.partner.PartnerService;
import org.openintl.partnership.partnership.Partnership;
import org.openintl.partnership.partnership.PartnershipService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The register's figures as Micrometer meters for the dashboards (listed in docs/metrics.md). Gauges are refreshed
 * from the database on a schedule, so every instance reports the same numbers. Every label combination the enums
 * allow is registered, with 0 where nothing matches, so that a zero shows as 0 and not as a gap.
 */
@Component
public class PartnershipMetrics {

    private static final Logger log = LoggerFactory.getLogger(PartnershipMetrics.class);

    private final StatsService stats;
    private final MultiGauge byStatusAndType;
    private final MultiGauge activeByContinent;
    private final MultiGauge activeByCountry;
    private final MultiGauge expiring;
    private final MultiGauge enrolled;
    private final MultiGauge quota;
    private final AtomicLong evaluationsDue = new AtomicLong();
    private final AtomicLong evaluationsOverdue = new AtomicLong();
    private final PartnershipService partnerships;
    private final PartnerService partners;

    PartnershipMetrics(
            StatsService stats, PartnershipService partnerships, PartnerService partners, MeterRegistry meters) {
        this.stats = stats;
        this.partnerships = partnerships;
        this.partners = partners;
        byStatusAndType = MultiGauge.builder("intl.partnerships")
                .description("Partnerships by status and type")
                .register(meters);
        activeByContinent = MultiGauge.builder("intl.partnerships.active")
                .description("ACTIVE partnerships by partner continent and Belt-and-Road membership")
                .register(meters);
        activeByCountry = MultiGauge.builder("intl.partnerships.active.by.country")
                .description("ACTIVE partnerships by partner country (every country the office has a partner in)")
                .register(meters);
        expiring = MultiGauge.builder("intl.partnerships.expiring")
                .description("Partnerships in force whose end date comes within the window (days)")
                .register(meters);
        enrolled = MultiGauge.builder("intl.programs.enrolled")
                .description("Students enrolled in cooperative programs in force, by program level")
                .register(meters);
        quota = MultiGauge.builder("intl.programs.quota")
                .description("Annual quota of cooperative programs in force, by program level")
                .register(meters);
        Gauge.builder("intl.programs.evaluations.due", evaluationsDue, AtomicLong::get)
                .description("Cooperative programs in force whose next MOE evaluation is due within 180 days or"
                        + " overdue")
                .register(meters);
        Gauge.builder("intl.programs.evaluations.overdue", evaluationsOverdue, AtomicLong::get)
                .description("Cooperative programs in force whose next MOE evaluation date has passed")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${intl.partnerships.metrics-interval:PT30S}", initialDelay = 0)
    public void refresh() {
        try {
            List<Partnership> all = partnerships.all();
            var known = partners.findAll(all.stream()
                    .flatMap(p -> p.details().partnerIds().stream())
                    .distinct()
                    .toList());
            byStatusAndType.register(rows(GaugeRows.byStatusAndType(all)), true);
            activeByContinent.register(rows(GaugeRows.activeByContinent(all, known)), true);
            activeByCountry.register(rows(GaugeRows.activeByCountry(all, known)), true);
            evaluationsOverdue.set(GaugeRows.evaluationsOverdue(all, partnerships.today()));

            PartnershipStats s = stats.current();
            expiring.register(rows(GaugeRows.expiring(s)), true);
            enrolled.register(rows(GaugeRows.enrolled(s)), true);
            quota.register(rows(GaugeRows.quota(s)), true);
            evaluationsDue.set(s.programsDueForEvaluation());
        } catch (RuntimeException e) {
            log.warn("Could not refresh partnership metrics: {}", e.toString());
        }
    }

    private static List<MultiGauge.Row<?>> rows(Map<Tags, Long> counts) {
        return counts.entrySet().stream()
                .<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(e.getKey(), e.getValue()))
                .toList();
    }
}

package org.openintl.partnership.stats;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.openintl.partnership.partner.PartnerService;
import org.openintl.partnership.partnership.Partnership;
import org.openintl.partnership.partnership.PartnershipService;
import org.openintl.partnership.partnership.PartnershipStatus;
import org.openintl.partnership.partnership.TransitionCounter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The register's figures as Micrometer meters for the dashboards (documented in docs/partnership-service.md). Gauges
 * are refreshed from the database on a schedule, so every instance reports the same numbers.
 */
public class PartnershipMetrics {

    private static final Logger log = LoggerFactory.getLogger(PartnershipMetrics.class);

    private final StatsService stats;
    private final MeterRegistry meters;
    private final MultiGauge byStatusAndType;
    private final MultiGauge activeByContinent;
    private final MultiGauge expiring;
    private final MultiGauge enrolled;
    private final MultiGauge quota;
    private final PartnershipService partnerships;
    private final PartnerService partners;

    public PartnershipMetrics(
            StatsService stats, PartnershipService partnerships, PartnerService partners, MeterRegistry meters) {
        this.stats = stats;
        this.partnerships = partnerships;
        this.partners = partners;
        this.meters = meters;
        byStatusAndType = MultiGauge.builder("intl.partnerships")
                .description("Partnerships by status and type")
                .register(meters);
        activeByContinent = MultiGauge.builder("intl.partnerships.active")
                .description("ACTIVE partnerships by partner continent and Belt-and-Road membership")
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
    }

    /** Counts lifecycle moves by target state. */
    public static TransitionCounter transitionCounter(MeterRegistry meters) {
        return target -> Counter.builder("intl.partnerships.transitions")
                .description("Lifecycle moves, by target state")
                .tag("to", target.name())
                .register(meters)
                .increment();
    }

    @Scheduled(fixedDelayString = "${intl.partnerships.metrics-interval:PT30S}", initialDelay = 0)
    public void refresh() {
        try {
            List<Partnership> all = partnerships.all();
            var known = partners.findAll(all.stream()
                    .flatMap(p -> p.details().partnerIds().stream())
                    .distinct()
                    .toList());
            List<MultiGauge.Row<?>> statusRows = new ArrayList<>();
            var counts = new TreeMap<String, Long>();
            all.forEach(p -> counts.merge(p.status() + "|" + p.details().type(), 1L, Long::sum));
            counts.forEach((k, v) -> {
                String[] parts = k.split("\\|");
                statusRows.add(MultiGauge.Row.of(Tags.of("status", parts[0], "type", parts[1]), v));
            });
            byStatusAndType.register(statusRows, true);

            var active = new TreeMap<String, Long>();
            for (Partnership p : all) {
                if (p.status() != PartnershipStatus.ACTIVE) {
                    continue;
                }
                p.details().partnerIds().stream()
                        .map(known::get)
                        .filter(x -> x != null)
                        .map(x -> x.continent() + "|" + x.beltAndRoad())
                        .distinct()
                        .forEach(k -> active.merge(k, 1L, Long::sum));
            }
            List<MultiGauge.Row<?>> activeRows = new ArrayList<>();
            active.forEach((k, v) -> {
                String[] parts = k.split("\\|");
                activeRows.add(MultiGauge.Row.of(Tags.of("continent", parts[0], "belt_and_road", parts[1]), v));
            });
            activeByContinent.register(activeRows, true);

            PartnershipStats s = stats.current();
            List<MultiGauge.Row<?>> expiringRows = new ArrayList<>();
            s.expiring()
                    .forEach((k, v) ->
                            expiringRows.add(MultiGauge.Row.of(Tags.of("window", k.replaceAll("\\D", "")), v)));
            expiring.register(expiringRows, true);
            enrolled.register(
                    s.programEnrolment().stream()
                            .<MultiGauge.Row<?>>map(p -> MultiGauge.Row.of(Tags.of("level", p.level()), p.enrolled()))
                            .toList(),
                    true);
            quota.register(
                    s.programEnrolment().stream()
                            .<MultiGauge.Row<?>>map(p -> MultiGauge.Row.of(Tags.of("level", p.level()), p.quota()))
                            .toList(),
                    true);
        } catch (RuntimeException e) {
            log.warn("Could not refresh partnership metrics: {}", e.toString());
        }
    }
}

package org.openintl.partnership.stats;

import io.micrometer.core.instrument.Tags;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.openintl.partnership.partner.Partner;
import org.openintl.partnership.partnership.MoeRecord;
import org.openintl.partnership.partnership.Partnership;
import org.openintl.partnership.partnership.PartnershipStatus;
import org.openintl.partnership.partnership.PartnershipType;
import org.openintl.partnership.partnership.ProgramLevel;
import org.openintl.platform.country.Continent;

/**
 * The rows of the partnership gauges. Each starts from every label combination its enums allow, at 0, so that a
 * dashboard shows 0 rather than a gap (and an alert on {@code > 0} sees the series fall back to 0). Pure, so it is
 * unit-tested.
 */
final class GaugeRows {

    private GaugeRows() {}

    /** Every resting status (RENEWED is a move, never stored) times every type. */
    static Map<Tags, Long> byStatusAndType(List<Partnership> all) {
        Map<Tags, Long> rows = new LinkedHashMap<>();
        for (PartnershipStatus s : PartnershipStatus.values()) {
            if (s == PartnershipStatus.RENEWED) {
                continue;
            }
            for (PartnershipType t : PartnershipType.values()) {
                rows.put(statusAndType(s.name(), t.name()), 0L);
            }
        }
        all.forEach(p ->
                rows.merge(statusAndType(p.status().name(), p.details().type().name()), 1L, Long::sum));
        return rows;
    }

    /** ACTIVE partnerships per continent and Belt-and-Road membership of their partners (each counted once). */
    static Map<Tags, Long> activeByContinent(List<Partnership> all, Map<UUID, Partner> partners) {
        Map<Tags, Long> rows = new LinkedHashMap<>();
        for (Continent c : Continent.values()) {
            for (boolean bri : new boolean[] {false, true}) {
                rows.put(continent(c.name(), bri), 0L);
            }
        }
        for (Partnership p : active(all)) {
            partnersOf(p, partners).stream()
                    .map(x -> continent(x.continent().name(), x.beltAndRoad()))
                    .distinct()
                    .forEach(k -> rows.merge(k, 1L, Long::sum));
        }
        return rows;
    }

    /**
     * ACTIVE partnerships per partner country. Countries are not an enum: every country of a partner named in any
     * partnership gets a row, so a partner country without an agreement in force shows 0.
     */
    static Map<Tags, Long> activeByCountry(List<Partnership> all, Map<UUID, Partner> partners) {
        Map<Tags, Long> rows = new LinkedHashMap<>();
        all.forEach(p -> partnersOf(p, partners).forEach(x -> rows.put(Tags.of("country", x.country()), 0L)));
        for (Partnership p : active(all)) {
            partnersOf(p, partners).stream()
                    .map(Partner::country)
                    .distinct()
                    .forEach(c -> rows.merge(Tags.of("country", c), 1L, Long::sum));
        }
        return rows;
    }

    /** Windows as the statistics compute them ({@code within30Days} becomes {@code window="30"}). */
    static Map<Tags, Long> expiring(PartnershipStats stats) {
        Map<Tags, Long> rows = new LinkedHashMap<>();
        stats.expiring().forEach((k, v) -> rows.put(Tags.of("window", k.replaceAll("\\D", "")), v));
        return rows;
    }

    static Map<Tags, Long> enrolled(PartnershipStats stats) {
        Map<Tags, Long> rows = levels();
        stats.programEnrolment().forEach(p -> rows.put(Tags.of("level", p.level()), p.enrolled()));
        return rows;
    }

    static Map<Tags, Long> quota(PartnershipStats stats) {
        Map<Tags, Long> rows = levels();
        stats.programEnrolment().forEach(p -> rows.put(Tags.of("level", p.level()), p.quota()));
        return rows;
    }

    /** Programs in force whose next evaluation date is before today. */
    static long evaluationsOverdue(List<Partnership> all, LocalDate today) {
        return all.stream()
                .filter(p -> p.status().isInForce())
                .map(p -> p.details().program())
                .filter(Objects::nonNull)
                .map(MoeRecord::nextEvaluationDue)
                .filter(d -> d.filter(today::isAfter).isPresent())
                .count();
    }

    private static Map<Tags, Long> levels() {
        Map<Tags, Long> rows = new LinkedHashMap<>();
        for (ProgramLevel l : ProgramLevel.values()) {
            rows.put(Tags.of("level", l.name()), 0L);
        }
        return rows;
    }

    private static List<Partnership> active(List<Partnership> all) {
        return all.stream().filter(p -> p.status() == PartnershipStatus.ACTIVE).toList();
    }

    private static List<Partner> partnersOf(Partnership p, Map<UUID, Partner> partners) {
        return p.details().partnerIds().stream()
                .map(partners::get)
                .filter(Objects::nonNull)
                .toList();
    }

    private static Tags statusAndType(String status, String type) {
        return Tags.of("status", status, "type", type);
    }

    private static Tags continent(String continent, boolean beltAndRoad) {
        return Tags.of("continent", continent, "belt_and_road", Boolean.toString(beltAndRoad));
    }
}

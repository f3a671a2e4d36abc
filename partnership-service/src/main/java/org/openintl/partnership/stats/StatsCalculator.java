package org.openintl.partnership.stats;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.openintl.partnership.partner.Partner;
import org.openintl.partnership.partnership.MoeRecord;
import org.openintl.partnership.partnership.Partnership;
import org.openintl.partnership.partnership.PartnershipStatus;
import org.openintl.partnership.partnership.PartnershipType;
import org.openintl.partnership.partnership.ProgramLevel;

/** Computes {@link PartnershipStats} from the partnerships and their partners; pure, so it is unit-tested. */
public final class StatsCalculator {

    private static final Set<PartnershipStatus> COUNTED_FOR_SHARE =
            EnumSet.of(PartnershipStatus.SIGNED, PartnershipStatus.ACTIVE, PartnershipStatus.SUSPENDED);

    private StatsCalculator() {}

    public static PartnershipStats compute(
            List<Partnership> partnerships,
            Map<UUID, Partner> partners,
            ToLongFunction<UUID> enrolled,
            LocalDate today) {
        Map<String, Long> byStatus = zeroes(PartnershipStatus.values());
        byStatus.remove(PartnershipStatus.RENEWED.name());
        Map<String, Long> byType = zeroes(PartnershipType.values());
        Map<String, Long> byCountry = new TreeMap<>();
        Map<String, Long> byContinent = new TreeMap<>();
        Map<String, Long> expiring = new LinkedHashMap<>();
        for (int w : new int[] {30, 90, 180}) {
            expiring.put("within" + w + "Days", 0L);
        }
        long counted = 0;
        long withBeltAndRoad = 0;
        long dueForEvaluation = 0;
        Map<ProgramLevel, long[]> programs = new TreeMap<>();
        for (Partnership p : partnerships) {
            byStatus.merge(p.status().name(), 1L, Long::sum);
            byType.merge(p.details().type().name(), 1L, Long::sum);
            List<Partner> own = p.details().partnerIds().stream()
                    .map(partners::get)
                    .filter(x -> x != null)
                    .toList();
            own.stream().map(Partner::country).distinct().forEach(c -> byCountry.merge(c, 1L, Long::sum));
            own.stream().map(x -> x.continent().name()).distinct().forEach(c -> byContinent.merge(c, 1L, Long::sum));
            if (COUNTED_FOR_SHARE.contains(p.status())) {
                counted++;
                if (own.stream().anyMatch(Partner::beltAndRoad)) {
                    withBeltAndRoad++;
                }
            }
            if (p.status().isInForce()) {
                LocalDate end = p.details().endDate();
                if (end != null && !end.isBefore(today)) {
                    for (int w : new int[] {30, 90, 180}) {
                        if (!end.isAfter(today.plusDays(w))) {
                            expiring.merge("within" + w + "Days", 1L, Long::sum);
                        }
                    }
                }
                MoeRecord program = p.details().program();
                if (program != null) {
                    if (program.nextEvaluationDue()
                            .filter(d -> !d.isAfter(today.plusDays(180)))
                            .isPresent()) {
                        dueForEvaluation++;
                    }
                    long[] sums = programs.computeIfAbsent(program.level(), l -> new long[3]);
                    sums[0]++;
                    // the recorded cohorts are the program's totals; without them, its registered students
                    sums[1] += p.enrolledStudents(enrolled.applyAsLong(p.id()));
                    sums[2] += program.annualQuota() == null ? 0 : program.annualQuota();
                }
            }
        }
        double share = counted == 0 ? 0.0 : Math.round(1000.0 * withBeltAndRoad / counted) / 1000.0;
        return new PartnershipStats(
                partnerships.size(),
                byStatus,
                byType,
                byCountry,
                byContinent,
                new PartnershipStats.BeltAndRoad(withBeltAndRoad, share),
                expiring,
                dueForEvaluation,
                programs.entrySet().stream()
                        .map(e -> new PartnershipStats.ProgramEnrolment(
                                e.getKey().name(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                        .collect(Collectors.toList()));
    }

    private static Map<String, Long> zeroes(Enum<?>[] values) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Enum<?> v : values) {
            m.put(v.name(), 0L);
        }
        return m;
    }
}

package org.openintl.partnership.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openintl.partnership.partner.Partner;
import org.openintl.partnership.partner.PartnerType;
import org.openintl.partnership.partnership.Evaluation;
import org.openintl.partnership.partnership.EvaluationResult;
import org.openintl.partnership.partnership.MoeRecord;
import org.openintl.partnership.partnership.Partnership;
import org.openintl.partnership.partnership.PartnershipDetails;
import org.openintl.partnership.partnership.PartnershipStatus;
import org.openintl.partnership.partnership.PartnershipType;
import org.openintl.partnership.partnership.ProgramLevel;
import org.openintl.platform.country.Countries;
import org.openintl.platform.domain.MultilingualText;

class StatsCalculatorUnitTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private final Countries countries = Countries.load();

    @Test
    void countsByStatusCountryContinentAndBeltAndRoadShare() {
        Partner belarus = partner("BY");
        Partner britain = partner("GB");
        Partner korea = partner("KR");
        List<Partnership> all = List.of(
                partnership(PartnershipStatus.ACTIVE, PartnershipType.MOU, TODAY.plusDays(20), null, belarus),
                partnership(PartnershipStatus.ACTIVE, PartnershipType.MOU, TODAY.plusDays(100), null, britain),
                partnership(PartnershipStatus.SIGNED, PartnershipType.MOU, TODAY.plusYears(2), null, britain, korea),
                partnership(PartnershipStatus.TERMINATED, PartnershipType.MOU, TODAY.plusYears(2), null, belarus));

        PartnershipStats stats = StatsCalculator.compute(all, index(belarus, britain, korea), id -> 0, TODAY);

        assertThat(stats.total()).isEqualTo(4);
        assertThat(stats.byStatus())
                .containsEntry("ACTIVE", 2L)
                .containsEntry("SIGNED", 1L)
                .containsEntry("EXPIRED", 0L);
        assertThat(stats.byCountry())
                .containsEntry("BY", 2L)
                .containsEntry("GB", 2L)
                .containsEntry("KR", 1L);
        assertThat(stats.byContinent()).containsEntry("EUROPE", 4L).containsEntry("ASIA", 1L);
        long withBri = all.stream()
                .filter(p -> p.status() != PartnershipStatus.TERMINATED)
                .filter(p -> p.details().partnerIds().stream()
                        .anyMatch(id -> index(belarus, britain, korea).get(id).beltAndRoad()))
                .count();
        assertThat(stats.beltAndRoad().partnerships()).isEqualTo(withBri);
        assertThat(stats.beltAndRoad().share()).isEqualTo(Math.round(1000.0 * withBri / 3) / 1000.0);
        assertThat(stats.expiring())
                .containsEntry("within30Days", 1L)
                .containsEntry("within90Days", 1L)
                .containsEntry("within180Days", 2L);
    }

    @Test
    void sumsEnrolmentAgainstQuotaPerLevelAndCountsDueEvaluations() {
        Partner uk = partner("GB");
        MoeRecord program = new MoeRecord(
                "MOE-1",
                ProgramLevel.BACHELOR,
                List.of(),
                120,
                2020,
                2030,
                TODAY.plusYears(3),
                List.of(new Evaluation(2022, EvaluationResult.QUALIFIED, TODAY.plusDays(60))));
        Partnership joint =
                partnership(PartnershipStatus.ACTIVE, PartnershipType.JOINT_PROGRAM, TODAY.plusYears(3), program, uk);
        PartnershipStats stats = StatsCalculator.compute(List.of(joint), index(uk), id -> 87, TODAY);
        assertThat(stats.programEnrolment())
                .singleElement()
                .isEqualTo(new PartnershipStats.ProgramEnrolment("BACHELOR", 1, 87, 120));
        assertThat(stats.programsDueForEvaluation()).isEqualTo(1);
    }

    private Partner partner(String code) {
        var c = countries.require("country", code);
        return new Partner(
                UUID.randomUUID(),
                new MultilingualText(null, code + " university", null),
                null,
                c.code(),
                c.continent(),
                c.beltAndRoad(),
                null,
                PartnerType.UNIVERSITY,
                null,
                List.of(),
                false);
    }

    private static Map<UUID, Partner> index(Partner... partners) {
        return java.util.Arrays.stream(partners).collect(java.util.stream.Collectors.toMap(Partner::id, p -> p));
    }

    private static Partnership partnership(
            PartnershipStatus status, PartnershipType type, LocalDate end, MoeRecord program, Partner... partners) {
        var details = new PartnershipDetails(
                new MultilingualText(null, "p", null),
                type,
                java.util.Arrays.stream(partners).map(Partner::id).toList(),
                null,
                null,
                TODAY.minusYears(1),
                end,
                false,
                null,
                List.of(),
                null,
                program,
                null);
        return new Partnership(UUID.randomUUID(), details, status, List.of(), List.of());
    }
}

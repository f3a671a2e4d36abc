package org.openintl.partnership.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openintl.platform.domain.MultilingualText;

class ExpiryRulesUnitTest {

    private final ExpiryRules rules = new ExpiryRules(List.of(30, 180, 90));
    private final LocalDate end = LocalDate.of(2027, 6, 30);

    @Test
    void raisesNothingOutsideEveryWindow() {
        assertThat(rules.due(active(end, null), end.minusDays(181)).isEmpty()).isTrue();
    }

    @Test
    void raisesTheWindowTheDeadlineEntered() {
        DueWarnings due = rules.due(active(end, null), end.minusDays(180));
        assertThat(due.warnings()).singleElement().satisfies(w -> {
            assertThat(w.windowDays()).isEqualTo(180);
            assertThat(w.deadline()).isEqualTo(Deadline.END_DATE);
            assertThat(w.daysLeft()).isEqualTo(180);
        });
    }

    @Test
    void raisesEachWindowOnceAsTimePasses() {
        Partnership p = active(end, null);
        int raised = 0;
        for (LocalDate day = end.minusDays(200); !day.isAfter(end); day = day.plusDays(1)) {
            DueWarnings due = rules.due(p, day);
            raised += due.warnings().size();
            p = p.withWarningsSent(due.keysToRecord());
        }
        assertThat(raised).isEqualTo(3);
        assertThat(p.warningsSent())
                .containsExactlyInAnyOrder(
                        "END_DATE:2027-06-30:180", "END_DATE:2027-06-30:90", "END_DATE:2027-06-30:30");
    }

    @Test
    void activationInsideTheNarrowWindowRaisesOnlyThatOne() {
        DueWarnings due = rules.due(active(end, null), end.minusDays(20));
        assertThat(due.warnings()).extracting(ExpiryWarning::windowDays).containsExactly(30);
        assertThat(due.keysToRecord()).hasSize(3);
    }

    @Test
    void aRenewalStartsTheWindowsAgainForTheNewDate() {
        Partnership p = active(end, null);
        p = p.withWarningsSent(rules.due(p, end.minusDays(10)).keysToRecord());
        Partnership renewed =
                p.moveTo(PartnershipStatus.RENEWED, end.minusDays(5), null, end.plusMonths(4), java.time.Instant.EPOCH);
        DueWarnings due = rules.due(renewed, end.minusDays(5));
        assertThat(due.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.date()).isEqualTo(end.plusMonths(4)));
    }

    @Test
    void anEndDateInThePastExpiresTheAgreement() {
        DueWarnings due = rules.due(active(end, null), end.plusDays(1));
        assertThat(due.endDatePassed()).isTrue();
        assertThat(due.warnings()).isEmpty();
        assertThat(rules.due(active(end, null), end).endDatePassed()).isFalse();
    }

    @Test
    void warnsOfApprovalExpiryAndEvaluationDueOfPrograms() {
        MoeRecord program = new MoeRecord(
                "MOE31UK2A20190001N",
                ProgramLevel.BACHELOR,
                List.of("Computer Science"),
                120,
                2019,
                2028,
                LocalDate.of(2027, 3, 1),
                List.of(new Evaluation(2023, EvaluationResult.QUALIFIED, LocalDate.of(2027, 2, 1))));
        DueWarnings due = rules.due(active(LocalDate.of(2030, 1, 1), program), LocalDate.of(2027, 1, 15));
        assertThat(due.warnings())
                .extracting(ExpiryWarning::deadline, ExpiryWarning::windowDays)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Deadline.APPROVAL_EXPIRY, 90),
                        org.assertj.core.groups.Tuple.tuple(Deadline.EVALUATION_DUE, 30));
    }

    @Test
    void onlyActivePartnershipsAreWarned() {
        Partnership suspended = new Partnership(
                UUID.randomUUID(), active(end, null).details(), PartnershipStatus.SUSPENDED, List.of(), List.of());
        assertThat(rules.due(suspended, end.minusDays(10)).warnings()).isEmpty();
        assertThat(rules.due(suspended, end.plusDays(1)).endDatePassed()).isTrue();
    }

    private static Partnership active(LocalDate end, MoeRecord program) {
        var details = new PartnershipDetails(
                new MultilingualText(null, "Joint program", null),
                program == null ? PartnershipType.MOU : PartnershipType.JOINT_PROGRAM,
                List.of(UUID.randomUUID()),
                null,
                null,
                LocalDate.of(2022, 7, 1),
                end,
                false,
                null,
                List.of(),
                null,
                program,
                null);
        return new Partnership(UUID.randomUUID(), details, PartnershipStatus.ACTIVE, List.of(), List.of());
    }
}

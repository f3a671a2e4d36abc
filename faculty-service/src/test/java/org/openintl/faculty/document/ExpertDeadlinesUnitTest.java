package org.openintl.faculty.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of issue 17 for experts' documents and contracts, one by one. */
class ExpertDeadlinesUnitTest {

    private static final LocalDate D = LocalDate.of(2026, 9, 1);

    private static ExpertDocument doc(DocumentType type, LocalDate issue, LocalDate expiry, LocalDate entry) {
        return new ExpertDocument(type, null, issue, expiry, entry);
    }

    @Test
    void theWorkPermitsRenewalIsDueThirtyDaysBeforeItExpires() {
        var deadlines = ExpertDeadlines.of(List.of(doc(DocumentType.WORK_PERMIT, D, D.plusYears(1), null)), null, null);
        assertThat(deadlines)
                .containsExactly(new Deadline(
                        DocumentType.WORK_PERMIT,
                        DeadlineRule.WORK_PERMIT_RENEWAL,
                        D.plusYears(1).minusDays(30)));
    }

    @Test
    void aZVisaNeedsAResidencePermitWithinThirtyDaysOfEntryUnlessOneWasIssuedAfterTheEntry() {
        ExpertDocument visa = doc(DocumentType.Z_VISA, D.minusMonths(1), D.plusMonths(2), D);
        assertThat(ExpertDeadlines.of(List.of(visa), null, null))
                .containsExactly(
                        new Deadline(DocumentType.Z_VISA, DeadlineRule.Z_VISA_RESIDENCE_PERMIT, D.plusDays(30)));
        ExpertDocument oldPermit = doc(DocumentType.RESIDENCE_PERMIT, D.minusYears(1), D.plusYears(1), null);
        assertThat(ExpertDeadlines.of(List.of(visa, oldPermit), null, null))
                .extracting(Deadline::rule)
                .contains(DeadlineRule.Z_VISA_RESIDENCE_PERMIT, DeadlineRule.RESIDENCE_PERMIT_EXPIRY);
        ExpertDocument newPermit = doc(DocumentType.RESIDENCE_PERMIT, D.plusDays(10), D.plusYears(1), null);
        assertThat(ExpertDeadlines.of(List.of(visa, newPermit), null, null))
                .extracting(Deadline::rule)
                .containsExactly(DeadlineRule.RESIDENCE_PERMIT_EXPIRY);
        ExpertDocument notEntered = doc(DocumentType.Z_VISA, D, D.plusMonths(3), null);
        assertThat(ExpertDeadlines.of(List.of(notEntered), null, null)).isEmpty();
    }

    @Test
    void accommodationIsRegisteredWithin24HoursOfArrivalUntilARegistrationSinceThen() {
        assertThat(ExpertDeadlines.of(List.of(), D, null))
                .containsExactly(new Deadline(
                        DocumentType.ACCOMMODATION_REGISTRATION,
                        DeadlineRule.ACCOMMODATION_REGISTRATION,
                        D.plusDays(1)));
        var before = doc(DocumentType.ACCOMMODATION_REGISTRATION, D.minusDays(3), null, null);
        assertThat(ExpertDeadlines.of(List.of(before), D, null)).hasSize(1);
        var after = doc(DocumentType.ACCOMMODATION_REGISTRATION, D, null, null);
        assertThat(ExpertDeadlines.of(List.of(after), D, null)).isEmpty();
    }

    @Test
    void theRenewalDecisionIsDueNinetyDaysBeforeTheContractEndsAndDeadlinesComeSoonestFirst() {
        var deadlines = ExpertDeadlines.of(
                List.of(doc(DocumentType.PASSPORT, D.minusYears(5), D.plusYears(5), null)), null, D.plusYears(2));
        assertThat(deadlines)
                .containsExactly(
                        new Deadline(
                                DocumentType.CONTRACT,
                                DeadlineRule.CONTRACT_RENEWAL_DECISION,
                                D.plusYears(2).minusDays(90)),
                        new Deadline(DocumentType.PASSPORT, DeadlineRule.PASSPORT_EXPIRY, D.plusYears(5)));
    }

    @Test
    void warningKeysNameDocumentRuleDateAndWindow() {
        Deadline d = new Deadline(DocumentType.WORK_PERMIT, DeadlineRule.WORK_PERMIT_RENEWAL, D);
        assertThat(d.warningKey(30)).isEqualTo("WORK_PERMIT:WORK_PERMIT_RENEWAL:2026-09-01:30");
    }
}

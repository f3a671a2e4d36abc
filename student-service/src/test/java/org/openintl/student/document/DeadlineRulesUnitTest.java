package org.openintl.student.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.privacy.Sealed;

/** Which deadlines the documents on file create. */
class DeadlineRulesUnitTest {

    static final LocalDate D = LocalDate.of(2026, 3, 1);
    static final Sealed NUMBER = new Sealed("k", "bnVtYmVy");

    @Test
    void passportAndResidencePermitExpireOnTheirExpiryDate() {
        var deadlines = DeadlineRules.of(
                List.of(
                        doc(DocumentType.PASSPORT, null, D.minusYears(9), D.plusDays(90), null),
                        doc(DocumentType.RESIDENCE_PERMIT, null, D.minusDays(200), D.plusDays(40), null)),
                null);
        assertThat(deadlines)
                .containsExactly(
                        new Deadline(
                                DocumentType.RESIDENCE_PERMIT, DeadlineRule.RESIDENCE_PERMIT_EXPIRY, D.plusDays(40)),
                        new Deadline(DocumentType.PASSPORT, DeadlineRule.PASSPORT_EXPIRY, D.plusDays(90)));
    }

    @Test
    void anX1VisaNeedsAResidencePermitWithin30DaysOfEntry() {
        var visa = doc(DocumentType.VISA, VisaCategory.X1, D.minusDays(20), D.plusDays(60), D);
        assertThat(DeadlineRules.of(List.of(visa), null))
                .containsExactly(new Deadline(DocumentType.VISA, DeadlineRule.X1_RESIDENCE_PERMIT, D.plusDays(30)));

        var oldPermit = doc(DocumentType.RESIDENCE_PERMIT, null, D.minusYears(1), D.plusDays(300), null);
        assertThat(DeadlineRules.of(List.of(visa, oldPermit), null))
                .extracting(Deadline::rule)
                .contains(DeadlineRule.X1_RESIDENCE_PERMIT);

        var newPermit = doc(DocumentType.RESIDENCE_PERMIT, null, D.plusDays(12), D.plusYears(1), null);
        assertThat(DeadlineRules.of(List.of(visa, newPermit), null))
                .extracting(Deadline::rule)
                .containsExactly(DeadlineRule.RESIDENCE_PERMIT_EXPIRY);
    }

    @Test
    void otherVisasAndX1VisasBeforeEntryCreateNoConversionDeadline() {
        assertThat(DeadlineRules.of(
                        List.of(doc(DocumentType.VISA, VisaCategory.X2, D.minusDays(20), D.plusDays(60), D)), null))
                .isEmpty();
        assertThat(DeadlineRules.of(
                        List.of(doc(DocumentType.VISA, VisaCategory.X1, D.minusDays(20), D.plusDays(60), null)), null))
                .isEmpty();
    }

    @Test
    void accommodationIsDueTheDayAfterArrivalOrAMoveUntilRegistered() {
        assertThat(DeadlineRules.of(List.of(), D))
                .containsExactly(new Deadline(
                        DocumentType.ACCOMMODATION_REGISTRATION,
                        DeadlineRule.ACCOMMODATION_REGISTRATION,
                        D.plusDays(1)));
        var registeredBefore = doc(DocumentType.ACCOMMODATION_REGISTRATION, null, D.minusDays(100), null, null);
        assertThat(DeadlineRules.of(List.of(registeredBefore), D)).hasSize(1);
        var registeredAfter = doc(DocumentType.ACCOMMODATION_REGISTRATION, null, D, null, null);
        assertThat(DeadlineRules.of(List.of(registeredAfter), D)).isEmpty();
    }

    @Test
    void formsAndInsuranceCreateNoDeadline() {
        assertThat(DeadlineRules.of(
                        List.of(
                                doc(DocumentType.JW202, null, D, null, null),
                                doc(DocumentType.INSURANCE, null, D, D.plusDays(10), null)),
                        null))
                .isEmpty();
    }

    @Test
    void documentFactsRefuseInconsistentDates() {
        assertThatThrownBy(() -> new DocumentFacts(DocumentType.PASSPORT, null, "E123", D, D, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("expiryDate"));
        assertThatThrownBy(() -> new DocumentFacts(DocumentType.RESIDENCE_PERMIT, null, "R123", D, null, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("expiryDate"));
        assertThatThrownBy(() -> new DocumentFacts(DocumentType.JW201, null, null, D, null, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("number"));
        assertThat(new DocumentFacts(DocumentType.ACCOMMODATION_REGISTRATION, null, " ", D, null, null).number())
                .isNull();
        var future = new DocumentFacts(DocumentType.VISA, VisaCategory.X1, "V123", D, D.plusDays(90), D.plusDays(3));
        assertThatThrownBy(() -> future.checkDates(D.plusDays(1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("entryDate"));
    }

    static ImmigrationDocument doc(
            DocumentType type, VisaCategory category, LocalDate issued, LocalDate expiry, LocalDate entry) {
        return new ImmigrationDocument(type, category, NUMBER, issued, expiry, entry);
    }
}

package org.openintl.student.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openintl.student.student.Students.SEALED;
import static org.openintl.student.student.Students.TODAY;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.PendingEvent;
import org.openintl.platform.country.Continent;
import org.openintl.platform.country.Countries;
import org.openintl.platform.deadlines.WarningPolicy;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.privacy.Sealed;
import org.openintl.student.document.DocumentFacts;
import org.openintl.student.document.DocumentType;
import org.openintl.student.document.ImmigrationDocument;

/** The student aggregate's commands and the events they produce. */
class StudentUnitTest {

    private static final Countries COUNTRIES = Countries.load();

    @Test
    void registrationTakesContinentAndBeltAndRoadFromTheNationality() {
        Change<Student> outcome = Student.register(
                UUID.randomUUID(),
                null,
                Students.profile(null),
                COUNTRIES.require("nationality", "pk"),
                SEALED,
                TODAY,
                WarningPolicy.DEFAULT);
        assertThat(outcome.state().nationality()).isEqualTo("PK");
        assertThat(outcome.state().continent()).isEqualTo(Continent.ASIA);
        assertThat(outcome.state().beltAndRoad()).isTrue();
        assertThat(outcome.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("intl.student.admitted.v1");
            assertThat(Students.payload(e).transition()).isNull();
            assertThat(Students.payload(e).fundingType()).isEqualTo(FundingType.CSC);
        });
    }

    @Test
    void chineseCitizensAreNotInternationalStudents() {
        assertThatThrownBy(() -> Student.register(
                        UUID.randomUUID(),
                        null,
                        Students.profile(null),
                        COUNTRIES.require("nationality", "CN"),
                        SEALED,
                        TODAY,
                        WarningPolicy.DEFAULT))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("nationality"));
    }

    @Test
    void programAtRiskIsFlaggedOncePerEpisode() {
        UUID partnership = UUID.randomUUID();
        Student student = Students.registered(null, partnership);

        Change<Student> flagged = student.flagProgramAtRisk(partnership, "SUSPENDED");
        assertThat(flagged.state().programAtRisk()).isTrue();
        assertThat(flagged.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("intl.student.program-at-risk.v1");
            assertThat(Students.payload(e).partnershipStatus()).isEqualTo("SUSPENDED");
            assertThat(Students.payload(e).programAtRisk()).isTrue();
        });
        assertThat(flagged.state().flagProgramAtRisk(partnership, "TERMINATED").changed())
                .isFalse();

        Change<Student> restored = flagged.state().clearProgramRisk(partnership, "ACTIVE");
        assertThat(restored.events())
                .extracting(PendingEvent::type)
                .containsExactly("intl.student.program-restored.v1");
        assertThat(restored.state().clearProgramRisk(partnership, "ACTIVE").changed())
                .isFalse();
        assertThat(restored.state().flagProgramAtRisk(partnership, "EXPIRED").events())
                .hasSize(1);
    }

    @Test
    void studentsOfOtherPartnershipsOrWhoLeftAreNotFlagged() {
        UUID partnership = UUID.randomUUID();
        assertThat(Students.registered(null, UUID.randomUUID())
                        .flagProgramAtRisk(partnership, "SUSPENDED")
                        .changed())
                .isFalse();
        assertThat(Students.registered(null, null)
                        .flagProgramAtRisk(partnership, "SUSPENDED")
                        .changed())
                .isFalse();
        Student graduated = Students.registered(null, partnership)
                .moveTo(StudentStatus.ENROLLED, TODAY, null, TODAY, WarningPolicy.DEFAULT)
                .state()
                .moveTo(StudentStatus.GRADUATED, TODAY, null, TODAY, WarningPolicy.DEFAULT)
                .state();
        assertThat(graduated.flagProgramAtRisk(partnership, "TERMINATED").changed())
                .isFalse();
    }

    @Test
    void revisionPublishesUpdatedOnlyForWhatSubscribersSee() {
        Student student = Students.registered(null, null);
        StudentProfile moved = new StudentProfile(
                "Kim",
                "Minji",
                "金敏智",
                Gender.FEMALE,
                Category.MASTER,
                "School of Law",
                null,
                new Funding(FundingType.SELF_FUNDED, null),
                null,
                null,
                null,
                null);
        Change<Student> outcome =
                student.revise(moved, COUNTRIES.require("nationality", "KR"), SEALED, TODAY, WarningPolicy.DEFAULT);
        assertThat(outcome.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("intl.student.updated.v1");
            assertThat(Students.payload(e).category()).isEqualTo(Category.MASTER);
            assertThat(Students.payload(e).college()).isEqualTo("School of Law");
            assertThat(Students.payload(e).counselor()).isNull();
        });

        Change<Student> personalOnly = outcome.state()
                .revise(
                        moved,
                        COUNTRIES.require("nationality", "KR"),
                        new Sealed("k1", "b3RoZXI="),
                        TODAY,
                        WarningPolicy.DEFAULT);
        assertThat(personalOnly.changed()).isTrue();
        assertThat(personalOnly.events()).isEmpty();

        Change<Student> same = personalOnly
                .state()
                .revise(
                        moved,
                        COUNTRIES.require("nationality", "KR"),
                        new Sealed("k1", "b3RoZXI="),
                        TODAY,
                        WarningPolicy.DEFAULT);
        assertThat(same.changed()).isFalse();
    }

    @Test
    void changingThePartnershipEndsTheRiskOfTheOldOne() {
        UUID old = UUID.randomUUID();
        Student atRisk = Students.registered(null, old)
                .flagProgramAtRisk(old, "SUSPENDED")
                .state();
        Change<Student> moved = atRisk.revise(
                Students.profile(UUID.randomUUID()),
                COUNTRIES.require("nationality", "KR"),
                SEALED,
                TODAY,
                WarningPolicy.DEFAULT);
        assertThat(moved.state().programAtRisk()).isFalse();
        assertThat(moved.events())
                .singleElement()
                .satisfies(e -> assertThat(Students.payload(e).programAtRisk()).isFalse());
    }

    @Test
    void filingADocumentReplacesTheOneOfTheSameType() {
        Student student = Students.registered(null, null);
        Student first = student.file(passport(TODAY.plusYears(5)), TODAY, WarningPolicy.DEFAULT)
                .state();
        Student second = first.file(passport(TODAY.plusYears(9)), TODAY, WarningPolicy.DEFAULT)
                .state();
        assertThat(second.documents())
                .singleElement()
                .satisfies(d -> assertThat(d.expiryDate()).isEqualTo(TODAY.plusYears(9)));
        assertThat(second.deadlines())
                .singleElement()
                .satisfies(d -> assertThat(d.dueDate()).isEqualTo(TODAY.plusYears(9)));
    }

    @Test
    void personalDataIsCheckedForAPlausibleAge() {
        assertThatThrownBy(() -> new PersonalData("E1", LocalDate.of(2000, 1, 1), null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("passportNumber"));
        assertThat(new PersonalData(" e1234567 ", LocalDate.of(2000, 1, 1), null).passportNumber())
                .isEqualTo("E1234567");
        var tooYoung = new PersonalData(
                "E1234567", TODAY.minusYears(PersonalData.MIN_AGE).plusDays(1), null);
        assertThatThrownBy(() -> tooYoung.checkAge(TODAY)).isInstanceOf(InvalidInputException.class);
        new PersonalData("E1234567", TODAY.minusYears(PersonalData.MIN_AGE), null).checkAge(TODAY);
        var tooOld = new PersonalData("E1234567", TODAY.minusYears(PersonalData.MAX_AGE + 1), null);
        assertThatThrownBy(() -> tooOld.checkAge(TODAY)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void cscFundingNeedsItsProgram() {
        assertThatThrownBy(() -> new Funding(FundingType.CSC, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("funding.program"));
        assertThat(new Funding(FundingType.SELF_FUNDED, null).type().isScholarship())
                .isFalse();
        assertThat(Contact.of(" ", null)).isNull();
    }

    private static ImmigrationDocument passport(LocalDate expiry) {
        return ImmigrationDocument.of(
                new DocumentFacts(DocumentType.PASSPORT, null, "E1234567", expiry.minusYears(10), expiry, null),
                SEALED);
    }
}

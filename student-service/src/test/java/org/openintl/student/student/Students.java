package org.openintl.student.student;

import java.time.LocalDate;
import java.util.UUID;
import org.openintl.platform.aggregate.PendingEvent;
import org.openintl.platform.country.Countries;
import org.openintl.platform.deadlines.WarningPolicy;
import org.openintl.platform.privacy.Sealed;

/** Ready-made students for unit tests. */
final class Students {

    static final LocalDate TODAY = LocalDate.of(2026, 9, 15);
    static final Sealed SEALED = new Sealed("k1", "c2VhbGVk");

    private Students() {}

    static StudentProfile profile(UUID partnershipId) {
        return new StudentProfile(
                "Kim",
                "Minji",
                "金敏智",
                Gender.FEMALE,
                Category.BACHELOR,
                "School of Economics",
                "International Trade",
                new Funding(FundingType.CSC, "Chinese University Program"),
                partnershipId,
                "王老师",
                LocalDate.of(2030, 7, 1),
                null);
    }

    static Student registered(StudentStatus initial, UUID partnershipId) {
        return Student.register(
                        UUID.randomUUID(),
                        initial,
                        profile(partnershipId),
                        Countries.load().require("nationality", "KR"),
                        SEALED,
                        TODAY,
                        WarningPolicy.DEFAULT)
                .state();
    }

    /** A student brought to {@code status} along the legal path. */
    static Student in(StudentStatus status) {
        Student s = registered(StudentStatus.APPLIED, null);
        StudentStatus[] path;
        switch (status) {
            case APPLIED:
                return s;
            case ADMITTED:
                path = new StudentStatus[] {StudentStatus.ADMITTED};
                break;
            case ENROLLED:
                path = new StudentStatus[] {StudentStatus.ADMITTED, StudentStatus.ENROLLED};
                break;
            case SUSPENDED:
                path = new StudentStatus[] {StudentStatus.ADMITTED, StudentStatus.ENROLLED, StudentStatus.SUSPENDED};
                break;
            case GRADUATED:
                path = new StudentStatus[] {StudentStatus.ADMITTED, StudentStatus.ENROLLED, StudentStatus.GRADUATED};
                break;
            default:
                path = new StudentStatus[] {StudentStatus.WITHDRAWN};
        }
        for (StudentStatus step : path) {
            s = s.moveTo(step, TODAY, null, TODAY, WarningPolicy.DEFAULT).state();
        }
        return s;
    }

    /** The data of a student's event (always a {@link StudentPayload}). */
    static StudentPayload payload(PendingEvent event) {
        return (StudentPayload) event.payload();
    }
}

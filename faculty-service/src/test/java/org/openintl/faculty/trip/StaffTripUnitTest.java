package org.openintl.faculty.trip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.domain.IllegalTransitionException;
import org.openintl.platform.domain.InvalidInputException;

/** A staff trip's rules without a container: moves, the report's due date and its overdue announced once. */
class StaffTripUnitTest {

    private static final LocalDate D = LocalDate.of(2026, 10, 10);

    private static TripPlan plan() {
        return new TripPlan(
                "T1",
                "李明",
                "School of Law",
                List.of("KR"),
                null,
                "Seoul National University",
                null,
                Purpose.DELEGATION,
                D,
                D.plusDays(6),
                FundingSource.UNIVERSITY,
                null);
    }

    private static StaffTrip move(
            StaffTrip t, TripStatus to, LocalDate date, String number, String report, LocalDate today) {
        return t.moveTo(to, date, null, number, report, today, 30).state();
    }

    private static StaffTrip returned() {
        StaffTrip t =
                StaffTrip.draft(UUID.randomUUID(), plan(), D.minusDays(20)).state();
        t = move(t, TripStatus.SUBMITTED, D.minusDays(19), null, null, D);
        t = move(t, TripStatus.APPROVED, D.minusDays(10), "WS-1", null, D);
        t = move(t, TripStatus.DEPARTED, D, null, null, D);
        return move(t, TripStatus.RETURNED, D.plusDays(6), null, null, D.plusDays(6));
    }

    @Test
    void theReportIsDueThirtyDaysAfterTheReturnAndItsOverdueIsAnnouncedOnce() {
        StaffTrip t = returned();
        assertThat(t.reportDueOn()).isEqualTo(D.plusDays(36));
        assertThat(t.announceOverdueReport(D.plusDays(36)).changed()).isFalse();
        Change<StaffTrip> late = t.announceOverdueReport(D.plusDays(40));
        assertThat(late.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("intl.staff-trip.report-overdue.v1");
            assertThat(((TripPayload) e.payload()).daysOverdue()).isEqualTo(4);
        });
        assertThat(late.state().announceOverdueReport(D.plusDays(50)).changed()).isFalse();
    }

    @Test
    void aReturnRecordedLateAnnouncesTheOverdueWithIt() {
        StaffTrip t =
                StaffTrip.draft(UUID.randomUUID(), plan(), D.minusDays(20)).state();
        t = move(t, TripStatus.SUBMITTED, null, null, null, D.minusDays(19));
        t = move(t, TripStatus.APPROVED, null, "WS-1", null, D.minusDays(18));
        t = move(t, TripStatus.DEPARTED, D, null, null, D);
        var change = t.moveTo(TripStatus.RETURNED, D.plusDays(6), null, null, null, D.plusDays(60), 30);
        assertThat(change.events())
                .extracting(e -> e.type())
                .containsExactly("intl.staff-trip.returned.v1", "intl.staff-trip.report-overdue.v1");
    }

    @Test
    void movesFollowTheApprovalAndNeedTheirDetails() {
        StaffTrip draft = StaffTrip.draft(UUID.randomUUID(), plan(), D).state();
        assertThatThrownBy(() -> move(draft, TripStatus.APPROVED, null, "WS-1", null, D))
                .isInstanceOf(IllegalTransitionException.class);
        StaffTrip submitted = move(draft, TripStatus.SUBMITTED, null, null, null, D);
        assertThatThrownBy(() -> move(submitted, TripStatus.APPROVED, null, " ", null, D))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("approvalNumber");
        assertThatThrownBy(() -> move(submitted, TripStatus.REJECTED, null, "WS-1", null, D))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> move(submitted, TripStatus.REJECTED, D.plusDays(1), null, null, D))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("future");
        StaffTrip rejected = move(submitted, TripStatus.REJECTED, null, null, null, D);
        assertThat(rejected.status().allowedNext()).isEmpty();
        assertThatThrownBy(() -> rejected.revise(plan())).hasMessageContaining("REJECTED");
    }

    @Test
    void anAbroadStaffMemberIsOneWhoDepartedAndIsNotBack() {
        StaffTrip t = returned();
        assertThat(t.abroadOn(D.plusDays(3))).isFalse();
        assertThat(TripStatus.DRAFT.eventType()).isEqualTo("intl.staff-trip.drafted.v1");
        assertThat(TripStatus.REPORTED.eventType()).isEqualTo("intl.staff-trip.reported.v1");
    }
}

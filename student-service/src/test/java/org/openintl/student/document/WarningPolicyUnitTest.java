package org.openintl.student.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.testing.MutableClock;

/** Announcement windows, walked through with a clock the test moves day by day. */
class WarningPolicyUnitTest {

    static final LocalDate START = LocalDate.of(2026, 1, 1);
    final MutableClock clock =
            new MutableClock(START.atStartOfDay(ZoneOffset.UTC).toInstant());
    final WarningPolicy policy = WarningPolicy.DEFAULT;

    @Test
    void aDeadlineIsAnnouncedOnceInEachWindowAsTimePasses() {
        Deadline permit =
                new Deadline(DocumentType.RESIDENCE_PERMIT, DeadlineRule.RESIDENCE_PERMIT_EXPIRY, START.plusDays(100));
        List<String> announced = new ArrayList<>();
        List<Warning> published = new ArrayList<>();
        for (int day = 0; day <= 110; day++) {
            for (int scan = 0; scan < 3; scan++) { // scans may run several times a day
                List<Warning> due = policy.due(List.of(permit), announced, today());
                due.forEach(w -> announced.add(w.key()));
                published.addAll(due);
            }
            clock.advance(Duration.ofDays(1));
        }
        assertThat(published).extracting(Warning::window).containsExactly(60, 30, 7);
        assertThat(published).extracting(Warning::daysLeft).containsExactly(60L, 30L, 7L);
    }

    @Test
    void skippedWindowsAreNotAnnouncedLate() {
        Deadline soon = new Deadline(DocumentType.PASSPORT, DeadlineRule.PASSPORT_EXPIRY, START.plusDays(5));
        assertThat(policy.due(List.of(soon), List.of(), today()))
                .singleElement()
                .satisfies(w -> assertThat(w.window()).isEqualTo(7));
        assertThat(policy.due(List.of(soon), List.of(soon.warningKey(7)), today()))
                .isEmpty();
    }

    @Test
    void anOverdueDeadlineIsStillAnnouncedOnce() {
        Deadline overdue = new Deadline(
                DocumentType.ACCOMMODATION_REGISTRATION, DeadlineRule.ACCOMMODATION_REGISTRATION, START.minusDays(3));
        assertThat(policy.due(List.of(overdue), List.of(), today()))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.window()).isEqualTo(7);
                    assertThat(w.daysLeft()).isEqualTo(-3);
                });
    }

    @Test
    void nextWarningIsWhenTheNextUnannouncedWindowOpens() {
        Deadline d = new Deadline(DocumentType.PASSPORT, DeadlineRule.PASSPORT_EXPIRY, START.plusDays(100));
        assertThat(policy.nextWarningOn(List.of(d), List.of())).isEqualTo(START.plusDays(40));
        assertThat(policy.nextWarningOn(List.of(d), List.of(d.warningKey(60)))).isEqualTo(START.plusDays(70));
        assertThat(policy.nextWarningOn(List.of(d), List.of(d.warningKey(30)))).isEqualTo(START.plusDays(93));
        assertThat(policy.nextWarningOn(List.of(d), List.of(d.warningKey(7)))).isNull();
        Deadline earlier =
                new Deadline(DocumentType.RESIDENCE_PERMIT, DeadlineRule.RESIDENCE_PERMIT_EXPIRY, START.plusDays(50));
        assertThat(policy.nextWarningOn(List.of(d, earlier), List.of())).isEqualTo(START.minusDays(10));
    }

    @Test
    void announcementsOfReplacedDocumentsAreForgotten() {
        Deadline old = new Deadline(DocumentType.PASSPORT, DeadlineRule.PASSPORT_EXPIRY, START.plusDays(20));
        Deadline renewed = new Deadline(DocumentType.PASSPORT, DeadlineRule.PASSPORT_EXPIRY, START.plusYears(10));
        List<String> announced = List.of(old.warningKey(60), old.warningKey(30));
        assertThat(WarningPolicy.retain(announced, List.of(old))).containsExactlyInAnyOrderElementsOf(announced);
        assertThat(WarningPolicy.retain(announced, List.of(renewed))).isEmpty();
    }

    @Test
    void windowsAreConfigurable() {
        WarningPolicy weekly = new WarningPolicy(List.of(7, 14, 14));
        assertThat(weekly.windows()).containsExactly(14, 7);
        Deadline d = new Deadline(DocumentType.PASSPORT, DeadlineRule.PASSPORT_EXPIRY, START.plusDays(40));
        assertThat(weekly.currentWindow(d, today())).isEmpty();
        assertThatThrownBy(() -> new WarningPolicy(List.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new WarningPolicy(List.of(-1))).isInstanceOf(InvalidInputException.class);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}

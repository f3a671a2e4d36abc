package org.openintl.platform.deadlines;

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

/** The shared engine's announcement windows, walked through with a clock the test moves day by day. */
class WarningPolicyUnitTest {

    static final LocalDate START = LocalDate.of(2026, 1, 1);
    final MutableClock clock =
            new MutableClock(START.atStartOfDay(ZoneOffset.UTC).toInstant());
    final WarningPolicy policy = WarningPolicy.DEFAULT;

    @Test
    void aDeadlineIsAnnouncedOnceInEachWindowAsTimePasses() {
        Due permit = new Due("RESIDENCE_PERMIT:RESIDENCE_PERMIT_EXPIRY", START.plusDays(100));
        List<String> announced = new ArrayList<>();
        List<Warning<Due>> published = new ArrayList<>();
        for (int day = 0; day <= 110; day++) {
            for (int scan = 0; scan < 3; scan++) { // scans may run several times a day
                List<Warning<Due>> due = policy.due(List.of(permit), announced, today());
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
        Due soon = new Due("PASSPORT:PASSPORT_EXPIRY", START.plusDays(5));
        assertThat(policy.due(List.of(soon), List.of(), today()))
                .singleElement()
                .satisfies(w -> assertThat(w.window()).isEqualTo(7));
        assertThat(policy.due(List.of(soon), List.of(soon.warningKey(7)), today()))
                .isEmpty();
    }

    @Test
    void anOverdueDeadlineIsStillAnnouncedOnce() {
        Due overdue = new Due("ACCOMMODATION_REGISTRATION:ACCOMMODATION_REGISTRATION", START.minusDays(3));
        assertThat(policy.due(List.of(overdue), List.of(), today()))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.window()).isEqualTo(7);
                    assertThat(w.daysLeft()).isEqualTo(-3);
                });
    }

    @Test
    void nextWarningIsWhenTheNextUnannouncedWindowOpens() {
        Due d = new Due("PASSPORT:PASSPORT_EXPIRY", START.plusDays(100));
        assertThat(policy.nextWarningOn(List.of(d), List.of())).isEqualTo(START.plusDays(40));
        assertThat(policy.nextWarningOn(List.of(d), List.of(d.warningKey(60)))).isEqualTo(START.plusDays(70));
        assertThat(policy.nextWarningOn(List.of(d), List.of(d.warningKey(30)))).isEqualTo(START.plusDays(93));
        assertThat(policy.nextWarningOn(List.of(d), List.of(d.warningKey(7)))).isNull();
        Due earlier = new Due("RESIDENCE_PERMIT:RESIDENCE_PERMIT_EXPIRY", START.plusDays(50));
        assertThat(policy.nextWarningOn(List.of(d, earlier), List.of())).isEqualTo(START.minusDays(10));
    }

    @Test
    void announcementsOfReplacedDocumentsAreForgotten() {
        Due old = new Due("PASSPORT:PASSPORT_EXPIRY", START.plusDays(20));
        Due renewed = new Due("PASSPORT:PASSPORT_EXPIRY", START.plusYears(10));
        List<String> announced = List.of(old.warningKey(60), old.warningKey(30));
        assertThat(WarningPolicy.retain(announced, List.of(old))).containsExactlyInAnyOrderElementsOf(announced);
        assertThat(WarningPolicy.retain(announced, List.of(renewed))).isEmpty();
    }

    @Test
    void windowsAreConfigurable() {
        WarningPolicy weekly = new WarningPolicy(List.of(7, 14, 14));
        assertThat(weekly.windows()).containsExactly(14, 7);
        Due d = new Due("PASSPORT:PASSPORT_EXPIRY", START.plusDays(40));
        assertThat(weekly.currentWindow(d, today())).isEmpty();
        assertThatThrownBy(() -> new WarningPolicy(List.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new WarningPolicy(List.of(-1))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void announcingRecordsTheKeysAndTheNextWindow() {
        Due d = new Due("PASSPORT:PASSPORT_EXPIRY", START.plusDays(45));
        Announcements<Due> first = policy.announce(List.of(d), List.of(), today());
        assertThat(first.due()).extracting(Warning::window).containsExactly(60);
        assertThat(first.announced()).containsExactly("PASSPORT:PASSPORT_EXPIRY:" + START.plusDays(45) + ":60");
        assertThat(first.nextWarningOn()).isEqualTo(START.plusDays(15));
        Announcements<Due> again = policy.announce(List.of(d), first.announced(), today());
        assertThat(again.due()).isEmpty();
        assertThat(again.announced()).isEqualTo(first.announced());

        Due renewed = new Due("PASSPORT:PASSPORT_EXPIRY", START.plusYears(10));
        Announcements<Due> rederived = policy.rederived(List.of(renewed), first.announced());
        assertThat(rederived.due()).isEmpty();
        assertThat(rederived.announced()).isEmpty();
        assertThat(rederived.nextWarningOn()).isEqualTo(START.plusYears(10).minusDays(60));
    }

    /** A service's deadline: what is due and by when. */
    record Due(String reason, LocalDate dueDate) implements Deadline {}

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
